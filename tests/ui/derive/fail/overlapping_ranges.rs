use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Level {
    #[errcode(message = "low")]
    Low(errcodes::InRange<0, 5>),
    #[errcode(message = "high")]
    High(errcodes::InRange<5, 9>),
    #[errcode(code = 3, message = "three")]
    Three,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
