// One mistake in the attributes is reported once: the derive still implements the API over
// a placeholder, so the uses of the enum below raise no follow-on errors.
use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(impls(Debug, Display, From))]
enum Code {
    #[errcode(code = 1, mesage = "busy")]
    Busy,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {
    let code = Code::from(1);
    println!("{code} {code:?} {}", code.message());
    let _: i64 = code.into();
    let _ = <Code as ErrorCode>::VARIANTS;
}
