use errcodes::ErrorCode;

// A rejected value stops the rest of the attribute from being read.
#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, billing = "paid", message = "ok")]
    Ok,
    Unknown(i64),
}

fn main() {}
