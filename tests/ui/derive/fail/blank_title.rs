use errcodes::ErrorCode;

// The same rule as for a spec: the title may be left out, but not given blank.
#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(title = "  ")]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
