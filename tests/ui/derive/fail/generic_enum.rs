use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code<const N: usize> {
    #[errcode(code = 0, message = "ok")]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
