// PENDING: compiles today but should not: `code` is given twice and the last one (2)
// silently wins. Move to ../fail/ once the derive rejects repeated keys.
use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(code = 1, message = "busy", code = 2)]
    Busy,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
