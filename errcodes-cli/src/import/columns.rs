//! Which column of a table holds what: guessed from the header text (and, for the English
//! column, from the cells), or given by a [`ColumnOverride`]. The rules are listed in the
//! module docs of [`crate::import`].

use std::fmt;
use std::str::FromStr;

use super::table::{has_han, Table};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// The code (or codes, or a range) of the row.
    Code,
    /// The message, verbatim.
    Message,
    /// The vendor's English for the message.
    MessageEn,
    /// An explanation of the code.
    Description,
    /// What to do about it.
    Remedy,
    /// Whether the call is billed (是/否, Y/N, yes/no).
    Billing,
}

impl Role {
    /// Every role, in the order a spec entry lists them.
    pub const ALL: [Self; 6] = [
        Self::Code,
        Self::Message,
        Self::MessageEn,
        Self::Description,
        Self::Remedy,
        Self::Billing,
    ];

    /// The role's name in a column override (and the spec key it fills).
    pub fn key(self) -> &'static str {
        match self {
            Self::Code => "code",
            Self::Message => "message",
            Self::MessageEn => "message_en",
            Self::Description => "description",
            Self::Remedy => "remedy",
            Self::Billing => "billing",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Column roles given by the user (`--columns code=0,message=1,remedy=3`): they win over the
/// guess, for every table of the page. Roles it does not name are still guessed, from the
/// columns it does not name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnOverride {
    columns: Vec<(Role, usize)>,
}

impl ColumnOverride {
    /// The 0-based column given for `role`, if any.
    pub fn column(&self, role: Role) -> Option<usize> {
        self.columns
            .iter()
            .find(|(given, _)| *given == role)
            .map(|&(_, column)| column)
    }

    /// The roles given, in the order written.
    pub fn roles(&self) -> impl Iterator<Item = (Role, usize)> + '_ {
        self.columns.iter().copied()
    }
}

/// Why a column override could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnOverrideError {
    message: String,
}

impl fmt::Display for ColumnOverrideError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ColumnOverrideError {}

impl FromStr for ColumnOverride {
    type Err = ColumnOverrideError;

    /// Reads `role=column,...`: roles `code`, `message`, `message_en`, `description`,
    /// `remedy`, `billing`; columns counted from 0. `code` is required; no role or column
    /// may be given twice.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = |message: String| ColumnOverrideError { message };
        let mut columns: Vec<(Role, usize)> = Vec::new();
        for item in text.split(',').map(str::trim) {
            let Some((key, column)) = item.split_once('=') else {
                return Err(error(format!(
                    "`{item}` is not `role=column` (e.g. `code=0,message=1`)"
                )));
            };
            let key = key.trim();
            let Some(role) = Role::ALL.into_iter().find(|role| role.key() == key) else {
                let known: Vec<&str> = Role::ALL.iter().map(|role| role.key()).collect();
                return Err(error(format!(
                    "unknown column role `{key}`; roles are {}",
                    known.join(", ")
                )));
            };
            let Ok(column) = column.trim().parse::<usize>() else {
                return Err(error(format!(
                    "`{}` is not a column number (columns count from 0)",
                    column.trim()
                )));
            };
            if columns.iter().any(|(given, _)| *given == role) {
                return Err(error(format!("role `{key}` is given twice")));
            }
            if let Some((other, _)) = columns.iter().find(|(_, given)| *given == column) {
                return Err(error(format!(
                    "column {column} is given two roles, `{other}` and `{key}`"
                )));
            }
            columns.push((role, column));
        }
        if !columns.iter().any(|(role, _)| *role == Role::Code) {
            return Err(error(
                "the override must say which column is `code`".to_owned(),
            ));
        }
        Ok(Self { columns })
    }
}

/// The columns of one table, by role.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Columns {
    pub code: usize,
    pub message: Option<usize>,
    pub message_en: Option<usize>,
    pub description: Option<usize>,
    pub remedy: Option<usize>,
    pub billing: Option<usize>,
    /// Columns with no role: their cells are not imported (and the report says so).
    pub unused: Vec<usize>,
}

impl Columns {
    /// The roles present, for deciding which tables may share an enum.
    pub fn roles(&self) -> Vec<Role> {
        [
            Some(Role::Code),
            self.message.map(|_| Role::Message),
            self.message_en.map(|_| Role::MessageEn),
            self.description.map(|_| Role::Description),
            self.remedy.map(|_| Role::Remedy),
            self.billing.map(|_| Role::Billing),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Where a role other than `code` keeps its column.
    fn slot(&mut self, role: Role) -> Option<&mut Option<usize>> {
        match role {
            Role::Code => None,
            Role::Message => Some(&mut self.message),
            Role::MessageEn => Some(&mut self.message_en),
            Role::Description => Some(&mut self.description),
            Role::Remedy => Some(&mut self.remedy),
            Role::Billing => Some(&mut self.billing),
        }
    }
}

/// Headers naming the code column (compared whole, after [`normalize`]).
const CODE: &[&str] = &[
    "错误码",
    "返回码",
    "错误代码",
    "错误编码",
    "风险码",
    "状态码",
    "结果码",
    "tag标签",
    "tag",
    "code",
    "errorcode",
    "returncode",
];
/// Header words of the billing column.
const BILLING: &[&str] = &["收费", "计费", "billed", "billing", "charged"];
/// Header words of the remedy column.
const REMEDY: &[&str] = &[
    "处理措施",
    "解决方案",
    "解决方法",
    "解决办法",
    "处理方法",
    "处理建议",
    "建议",
    "remedy",
    "solution",
    "suggestion",
    "action",
];
/// Header words that say a column is English.
const ENGLISH: &[&str] = &["英文", "english"];
/// Header words of an explanation column.
const DESCRIPTION: &[&str] = &[
    "原因",
    "解释",
    "备注",
    "explanation",
    "reason",
    "cause",
    "remark",
];
/// Header words of a message-like column: the first such column is the message, the second
/// the description.
const MESSAGE_LIKE: &[&str] = &[
    "含义",
    "说明",
    "描述",
    "信息",
    "类型",
    "详情",
    "内容",
    "提示",
    "meaning",
    "content",
    "message",
    "msg",
    "description",
];

/// What a header (with its cells) looks like before columns are assigned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guess {
    Code,
    Billing,
    Remedy,
    English,
    Description,
    MessageLike,
    Unknown,
}

/// Assigns roles to the columns of `table`; `Err` explains why there is no code column.
pub(crate) fn assign(table: &Table, given: Option<&ColumnOverride>) -> Result<Columns, String> {
    let width = table.header.len();
    if let Some((role, column)) = given.and_then(|given| given.roles().find(|&(_, c)| c >= width)) {
        return Err(format!(
            "the column override puts `{role}` in column {column}, but the table has {width} \
             columns (counted from 0)"
        ));
    }
    let guesses: Vec<Guess> = (0..width).map(|column| guess(table, column)).collect();
    let taken = |column: usize| given.is_some_and(|given| given.roles().any(|(_, c)| c == column));
    let code = match given.and_then(|given| given.column(Role::Code)) {
        Some(column) => column,
        None => guesses
            .iter()
            .enumerate()
            .find(|&(column, guess)| *guess == Guess::Code && !taken(column))
            .map(|(column, _)| column)
            .ok_or_else(|| {
                format!(
                    "no column is headed like a code (错误码, 返回码, 错误代码, code, ...); \
                     headers: {}",
                    table.header.join(" | ")
                )
            })?,
    };
    let mut columns = Columns {
        code,
        ..Columns::default()
    };
    for (role, column) in given.into_iter().flat_map(ColumnOverride::roles) {
        if let Some(slot) = columns.slot(role) {
            *slot = Some(column);
        }
    }
    let fixed = |role: Role| given.is_some_and(|given| given.column(role).is_some());
    let mut fallback = Vec::new();
    for (column, &guess) in guesses.iter().enumerate() {
        if column == code || taken(column) {
            continue;
        }
        let role = match guess {
            Guess::Code | Guess::Unknown => None,
            Guess::Billing => Some(Role::Billing),
            Guess::Remedy => Some(Role::Remedy),
            Guess::English => Some(Role::MessageEn),
            Guess::MessageLike if columns.message.is_none() && !fixed(Role::Message) => {
                Some(Role::Message)
            }
            // The second message-like column explains the first.
            Guess::Description | Guess::MessageLike => Some(Role::Description),
        };
        match role
            .filter(|&role| !fixed(role))
            .and_then(|role| columns.slot(role))
        {
            Some(slot @ None) => *slot = Some(column),
            _ => fallback.push(column),
        }
    }
    // No column reads as the message: the first column left over is taken as it.
    if columns.message.is_none() && !fallback.is_empty() {
        columns.message = Some(fallback.remove(0));
    }
    columns.unused = fallback;
    Ok(columns)
}

fn guess(table: &Table, column: usize) -> Guess {
    let header = normalize(&table.header[column]);
    let has = |words: &[&str]| words.iter().any(|word| header.contains(word));
    if CODE.contains(&header.as_str()) {
        Guess::Code
    } else if has(BILLING) {
        Guess::Billing
    } else if has(REMEDY) {
        Guess::Remedy
    } else if has(ENGLISH) || reads_as_english(table, column) {
        Guess::English
    } else if has(DESCRIPTION) {
        Guess::Description
    } else if has(MESSAGE_LIKE) {
        Guess::MessageLike
    } else {
        Guess::Unknown
    }
}

/// A column headed without Chinese whose cells hold no Chinese, in a table where another
/// column's cells do: the vendor's English (`Error Description` next to `错误描述`).
fn reads_as_english(table: &Table, column: usize) -> bool {
    let cells = |column: usize| {
        table
            .rows
            .iter()
            .filter_map(move |row| row.cells.get(column))
            .filter(|cell| !cell.is_empty())
    };
    let header = &table.header[column];
    !has_han(header)
        && !CODE.contains(&normalize(header).as_str())
        && cells(column).next().is_some()
        && !cells(column).any(|cell| has_han(cell))
        && (0..table.header.len())
            .filter(|&other| other != column)
            .any(|other| cells(other).any(|cell| has_han(cell)))
}

/// Header text compared case- and space-insensitively, emphasis marks removed.
fn normalize(header: &str) -> String {
    header
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '`'))
        .flat_map(char::to_lowercase)
        .collect()
}
