use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code<const N: usize> {
    #[errcode(code = 0, message = "ok")]
    Ok,
    Unknown(i64),
}

fn main() {}
