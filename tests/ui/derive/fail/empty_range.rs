use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Level {
    #[errcode(range(9, 0), message = "backwards")]
    Backwards(i64),
    Unknown(i64),
}

fn main() {}
