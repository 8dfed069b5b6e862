use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(layout = "A-Bb-CCC")]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
