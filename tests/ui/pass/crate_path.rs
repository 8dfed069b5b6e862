use errcodes::ErrorCode;

errcodes::include_errcodes!("crate_path.yaml", crate = ::errcodes);

mod trailing_comma {
    errcodes::include_errcodes!("crate_path.yaml", crate = ::errcodes,);
}

fn main() {
    assert_eq!(PathCode::from_code(203_017), PathCode::ModuleFailure);
    let parts = PathCode::ModuleFailure.layout_parts().unwrap();
    assert_eq!(parts.get("level"), Some(2));
    assert_eq!(parts.get("module"), Some(3));
    assert_eq!(parts.get("number"), Some(17));
    assert_eq!(trailing_comma::PathCode::ModuleFailure.code(), 203_017);
    assert_eq!(PathCode::CODE_SPACE.catalog.title, "Crate path");
}
