use errcodes::ErrorCode;

// A rejected value is reported and the rest of the attribute is still read: the message
// after it is found, so it is not reported missing as well.
#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, billing = "paid", message = "ok")]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
