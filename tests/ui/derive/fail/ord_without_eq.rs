// `Ord` is by code and needs `PartialEq` and `Eq`, which the derive leaves to the author.
use errcodes::ErrorCode;

#[derive(ErrorCode)]
#[errcodes(impls(Ord))]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
