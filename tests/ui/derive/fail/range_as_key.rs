// `range(min, max)` was a key once; the bounds are the variant's type now.
use errcodes::ErrorCode;

#[derive(ErrorCode)]
enum Level {
    #[errcode(range(0, 2), message = "low")]
    Low(errcodes::InRange<0, 2>),
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
