use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Level {
    #[errcode(range(0, 5), message = "low")]
    Low(i64),
    #[errcode(range(5, 9), message = "high")]
    High(i64),
    #[errcode(code = 3, message = "three")]
    Three,
    Unknown(i64),
}

fn main() {}
