use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Level {
    #[errcode(message = "backwards")]
    Backwards(errcodes::InRange<9, 0>),
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
