use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Level {
    #[errcode(message = "low")]
    Low(errcodes::InRange<0, 2>),
    #[errcode(alias_of = Low)]
    LowToo(errcodes::InRange<3, 4>),
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
