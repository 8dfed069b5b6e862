use errcodes::ErrorCode;

#[derive(ErrorCode)]
#[errcodes(impls(Debug, Clone))]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
