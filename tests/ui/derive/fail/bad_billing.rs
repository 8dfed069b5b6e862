use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(billing = "gratis")]
enum Code {
    #[errcode(code = 0, message = "ok", billing = "paid")]
    Ok,
    Unknown(i64),
}

fn main() {}
