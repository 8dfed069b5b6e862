//! The command line: subcommands and their arguments (clap), each `--help` with an example.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::specs::Selection;
use crate::{check, diff, export, import, lookup, Output};

/// The JSON Schema of the spec format, for editors (`specs/errcodes.schema.json`).
pub const SCHEMA: &str = include_str!("../specs/errcodes.schema.json");

/// Look error codes up, check, diff and export errcodes specs, import a vendor's page.
#[derive(Debug, Parser)]
#[command(name = "errcodes", version, propagate_version = true)]
#[command(after_help = "Example:\n  errcodes lookup 2016")]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find a code in every shipped catalog (or a spec) and print everything about it.
    #[command(after_help = "Examples:\n  errcodes lookup 2016\n  \
        errcodes lookup 3 --catalog huiyan --json\n  errcodes lookup 1001 --spec my_api.yaml")]
    Lookup(LookupArgs),
    /// Report every problem of specs, as the `include_errcodes!` macro would.
    #[command(after_help = "Examples:\n  errcodes check my_api.yaml\n  \
        errcodes check specs/*.yaml --format json")]
    Check(CheckArgs),
    /// Compare two versions of a spec, change by change, with the semver class of each.
    #[command(
        after_help = "Examples:\n  errcodes diff old/huiyan.yaml huiyan.yaml\n  \
        errcodes diff old.yaml new.yaml --format markdown --fail-on breaking,billing"
    )]
    Diff(DiffArgs),
    /// Write a catalog as JSON or as a vendor-style Markdown page.
    #[command(
        after_help = "Examples:\n  errcodes export --catalog huiyan --format json\n  \
        errcodes export --spec my_api.yaml --format markdown > my_api.md"
    )]
    Export(ExportArgs),
    /// Turn a vendor's error-code page (Markdown and HTML tables) into a spec.
    #[command(after_help = "Examples:\n  errcodes import page.md -o my_api.yaml\n  \
        errcodes import page.md --columns code=0,message=2,remedy=3")]
    Import(ImportArgs),
    /// Print the JSON Schema of the spec format, for editors.
    #[command(after_help = "Example:\n  errcodes schema > errcodes.schema.json")]
    Schema,
}

/// Arguments of `lookup`.
#[derive(Debug, Args)]
pub struct LookupArgs {
    /// The code, as the vendor writes it (`2016`, `-5`).
    pub code: String,
    /// Only this shipped catalog (`huiyan`, `oauth`, ...).
    #[arg(long, conflicts_with = "spec")]
    pub catalog: Option<String>,
    /// A spec file instead of the shipped catalogs.
    #[arg(long)]
    pub spec: Option<PathBuf>,
    /// Print the matches as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The spec files.
    #[arg(required = true)]
    pub specs: Vec<PathBuf>,
    /// How to print problems.
    #[arg(long, value_enum, default_value_t)]
    pub format: check::Format,
}

/// Arguments of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older spec.
    pub old: PathBuf,
    /// The newer spec.
    pub new: PathBuf,
    /// How to print the changes.
    #[arg(long, value_enum, default_value_t)]
    pub format: diff::Format,
    /// Exit with status 1 when a change of these kinds or classes is found.
    #[arg(long, value_enum, value_delimiter = ',')]
    pub fail_on: Vec<diff::FailOn>,
}

/// Arguments of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A shipped catalog (`huiyan`); every shipped catalog when neither this nor --spec is
    /// given.
    #[arg(long, conflicts_with = "spec")]
    pub catalog: Option<String>,
    /// A spec file.
    #[arg(long)]
    pub spec: Option<PathBuf>,
    /// What to write.
    #[arg(long, value_enum)]
    pub format: export::Format,
}

/// Arguments of `import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The vendor's page: Markdown, with pipe tables or HTML tables.
    pub page: PathBuf,
    /// Where to write the spec (stdout if not given).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Which column holds what, for every table, counted from 0 (`code=0,message=1`);
    /// roles: `code`, `message`, `message_en`, `description`, `remedy`, `billing`.
    #[arg(long)]
    pub columns: Option<String>,
}

/// Parses `args` and runs the subcommand. Help and version go to stdout with status 0;
/// bad arguments to stderr with status 2.
pub fn run<I, T>(args: I) -> Output
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let text = error.render().ansi().to_string();
            return if error.use_stderr() {
                Output {
                    stderr: text,
                    status: 2,
                    ..Output::default()
                }
            } else {
                Output::answer(text)
            };
        }
    };
    match cli.command {
        Command::Lookup(args) => {
            lookup::run(&args.code, &selection(args.catalog, args.spec), args.json)
        }
        Command::Check(args) => check::run(&args.specs, args.format),
        Command::Diff(args) => diff::run(&args.old, &args.new, args.format, &args.fail_on),
        Command::Export(args) => export::run(&selection(args.catalog, args.spec), args.format),
        Command::Import(args) => {
            import::command::run(&args.page, args.output.as_deref(), args.columns.as_deref())
        }
        Command::Schema => Output::answer(SCHEMA.to_owned()),
    }
}

fn selection(catalog: Option<String>, spec: Option<PathBuf>) -> Selection {
    match (catalog, spec) {
        (_, Some(path)) => Selection::File(path),
        (Some(name), None) => Selection::Shipped(name),
        (None, None) => Selection::AllShipped,
    }
}
