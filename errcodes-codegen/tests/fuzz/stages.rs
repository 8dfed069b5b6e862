//! Running one fuzz case through the pipeline, checking what must hold at each stage and
//! counting how far inputs get. Shared by the stable runner and the cargo-fuzz target.

use std::fmt;

use arbitrary::Unstructured;
use errcodes_codegen::diagnostics::Diagnostics;
use errcodes_codegen::{derive, include, validate, yaml, Options, Source, MATCH_CHUNK};

use super::grammar::Case;

/// How many inputs reached each stage.
#[derive(Clone, Debug, Default)]
pub struct Stages {
    /// Inputs run.
    pub inputs: u64,
    /// The YAML parsed.
    pub parsed: u64,
    /// The reader produced at least one enum.
    pub read: u64,
    /// The reader found no problem: validation judged a complete model.
    pub reached_validation: u64,
    /// Validation found no problem either.
    pub clean: u64,
    /// The driver generated tokens (all enums, or those no problem concerns).
    pub expanded: u64,
    /// Clean specs with an enum of more than `MATCH_CHUNK` variants (chained matches).
    pub large: u64,
    /// Inputs also run through the derive.
    pub derive_inputs: u64,
    /// Derive inputs that parsed as Rust.
    pub derive_parsed: u64,
    /// Derive inputs without problems.
    pub derive_clean: u64,
    /// Derive inputs implemented (cleanly or over the placeholder).
    pub derive_implemented: u64,
}

impl Stages {
    /// Adds the counts of `other`.
    pub fn add(&mut self, other: &Stages) {
        self.inputs += other.inputs;
        self.parsed += other.parsed;
        self.read += other.read;
        self.reached_validation += other.reached_validation;
        self.clean += other.clean;
        self.expanded += other.expanded;
        self.large += other.large;
        self.derive_inputs += other.derive_inputs;
        self.derive_parsed += other.derive_parsed;
        self.derive_clean += other.derive_clean;
        self.derive_implemented += other.derive_implemented;
    }

    /// `part` as a percentage of `whole`.
    pub fn share(part: u64, whole: u64) -> f64 {
        #[allow(clippy::cast_precision_loss, reason = "a percentage for a report")]
        let share = part as f64 * 100.0 / whole.max(1) as f64;
        share
    }
}

impl fmt::Display for Stages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let all = self.inputs;
        write!(
            f,
            "{all} inputs: YAML parsed {:.1}%, read (an enum) {:.1}%, reached validation {:.1}%, validation clean {:.1}%, expanded {:.1}%, large enums {}; derive: {} inputs, Rust {:.1}%, clean {:.1}%, implemented {:.1}%",
            Stages::share(self.parsed, all),
            Stages::share(self.read, all),
            Stages::share(self.reached_validation, all),
            Stages::share(self.clean, all),
            Stages::share(self.expanded, all),
            self.large,
            self.derive_inputs,
            Stages::share(self.derive_parsed, self.derive_inputs),
            Stages::share(self.derive_clean, self.derive_inputs),
            Stages::share(self.derive_implemented, self.derive_inputs),
        )
    }
}

/// Generates the case `data` describes and runs it, counting stages into `stages`. Panics
/// (the fuzzer's crash) when a stage breaks what it promises.
pub fn exec(data: &[u8], stages: &mut Stages) {
    let mut u = Unstructured::new(data);
    let Ok(case) = Case::generate(&mut u) else {
        return;
    };
    // Parsing the generated code back as Rust costs more than generating it: one input in
    // eight is checked that way, chosen by its first byte.
    let check_rust = data.first().is_some_and(|byte| byte % 8 == 0);
    spec(&case.yaml, check_rust, stages);
    if case.derive {
        if let Some(rust) = case.rust() {
            derive_input(&rust, check_rust, stages);
        }
    }
}

/// The YAML path: the stages one by one, then the driver as the macro runs it.
fn spec(text: &str, check_rust: bool, stages: &mut Stages) {
    stages.inputs += 1;
    let mut diagnostics = Diagnostics::new();
    let Some(catalog) = yaml::read(text, &mut diagnostics) else {
        assert_eq!(diagnostics.count(), 1, "a YAML error is one problem");
        return;
    };
    stages.parsed += 1;
    if !catalog.enums.is_empty() {
        stages.read += 1;
    }
    let reader_clean = diagnostics.is_empty();
    if reader_clean {
        stages.reached_validation += 1;
    }
    validate(&catalog, &mut diagnostics);
    let clean = diagnostics.is_empty();
    let source = Source::from_text("fuzz.yaml", text);
    let expansion = include(&source, &Options::default());
    assert_eq!(
        expansion.diagnostics.count(),
        diagnostics.count(),
        "the driver and the stages disagree"
    );
    let messages = expansion.diagnostics.messages(Some("fuzz.yaml"));
    assert!(
        messages
            .iter()
            .all(|(_, message)| message.len() > "fuzz.yaml".len()),
        "an empty message: {messages:?}"
    );
    if !expansion.tokens.is_empty() {
        stages.expanded += 1;
    }
    if clean {
        stages.clean += 1;
        let codes: usize = catalog.enums.iter().map(|space| space.variants.len()).sum();
        assert_eq!(expansion.codes, codes, "a clean spec lost codes");
        assert!(
            !expansion.tokens.is_empty(),
            "a clean spec generated nothing"
        );
        if catalog
            .enums
            .iter()
            .any(|space| space.variants.len() > MATCH_CHUNK)
        {
            stages.large += 1;
        }
        if check_rust {
            if let Err(error) = syn::parse2::<syn::File>(expansion.tokens) {
                panic!("the expansion is not Rust: {error}");
            }
        }
    }
}

/// The derive path, over the same enum written as Rust.
fn derive_input(rust: &str, check_rust: bool, stages: &mut Stages) {
    stages.derive_inputs += 1;
    let Ok(input) = syn::parse_str::<syn::DeriveInput>(rust) else {
        return;
    };
    stages.derive_parsed += 1;
    let expansion = derive(&input);
    if expansion.diagnostics.is_empty() {
        stages.derive_clean += 1;
        assert!(
            !expansion.tokens.is_empty(),
            "a clean derive implemented nothing"
        );
    }
    if !expansion.tokens.is_empty() {
        stages.derive_implemented += 1;
        if check_rust {
            if let Err(error) = syn::parse2::<syn::File>(expansion.tokens) {
                panic!("the derive's expansion is not Rust: {error}");
            }
        }
    }
}
