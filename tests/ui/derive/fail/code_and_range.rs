use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(code = 1, range(1, 9), message = "low")]
    Low(i64),
    Unknown(i64),
}

fn main() {}
