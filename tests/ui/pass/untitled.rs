// A title is optional, in a spec as in a derive: without one, each enum names its catalog.
use errcodes::ErrorCode;

mod no_catalog {
    errcodes::include_errcodes!("no_catalog.yaml");
}

mod no_title {
    errcodes::include_errcodes!("no_title.yaml");
}

fn main() {
    assert_eq!(no_catalog::ApiCode::CODE_SPACE.catalog.title, "ApiCode");
    assert_eq!(no_title::ApiCode::CODE_SPACE.catalog.title, "ApiCode");
    assert_eq!(no_title::ApiCode::CODE_SPACE.catalog.vendor, Some("Example Inc."));
}
