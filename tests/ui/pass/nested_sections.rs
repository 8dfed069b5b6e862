use errcodes::{ErrorCode, Retry};

errcodes::include_errcodes!("nested_sections.yaml");

fn describe(code: ScanCode) -> String {
    match code {
        ScanCode::Success => "ok".to_owned(),
        ScanCode::FaceMissing | ScanCode::TooDark | ScanCode::TooDarkAlt => "user".to_owned(),
        ScanCode::LowRisk(level) => format!("low {level}"),
        ScanCode::HighRisk(level) => format!("high {level}"),
        ScanCode::Unknown(code) => format!("unknown {code}"),
    }
}

fn main() {
    assert_eq!(describe(ScanCode::from_code(0)), "ok");
    assert_eq!(describe(ScanCode::from_code(103)), "user");
    assert_eq!(describe(ScanCode::from_code(200)), "low 200");
    assert_eq!(describe(ScanCode::from_code(249)), "low 249");
    assert_eq!(describe(ScanCode::from_code(250)), "high 250");
    assert_eq!(describe(ScanCode::from_code(300)), "unknown 300");

    let section = ScanCode::TooDarkAlt.section().unwrap();
    assert_eq!(section.path, ["Liveness", "Digital"]);
    assert_eq!(section.to_string(), "Liveness > Digital");
    assert_eq!(ScanCode::from_code(260).section().unwrap().title(), "Risk");
    assert!(ScanCode::Success.section().is_none());

    assert_eq!(ScanCode::FaceMissing.retry(), Retry::UserAction);
    assert_eq!(ScanCode::from_code(210).retry(), Retry::Never);
    assert_eq!(ScanCode::TooDarkAlt.code(), 103);
    assert_eq!(ScanCode::TooDarkAlt.message(), ScanCode::TooDark.message());
    assert_eq!(ScanCode::from_code(299).code(), 299);
}
