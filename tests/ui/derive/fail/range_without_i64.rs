use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Level {
    #[errcode(range(0, 2), message = "low")]
    Low,
    #[errcode(range(3, 4), message = "high")]
    High(u8),
    Unknown(i64),
}

fn main() {}
