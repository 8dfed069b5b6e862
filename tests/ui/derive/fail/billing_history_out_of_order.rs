use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(
        code = 0,
        message = "ok",
        billing = "free",
        billing_history(until = "2022-01-01", billing = "charged"),
        billing_history(until = "2021-01-01", billing = "free")
    )]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
