//! kopru-codegen: the typed surface of every binding, generated from kopru-core's
//! operation table and code tables so that nothing is kept by hand.
//!
//! ```text
//! cargo run -q -p kopru-codegen -- write   # regenerate every file and region
//! cargo run -q -p kopru-codegen -- check   # exit 1 listing every stale file
//! cargo run -q -p kopru-codegen -- list    # the generated files' paths
//! ```
//!
//! `--root DIR` after the mode works on another copy of the repository (the
//! `generated` suite uses it to prove that `check` catches a stale file).
//!
//! It writes Python's `kopru/types.py` and `kopru/codes.py` and the overloads in
//! `_kopru.pyi`, the TypeScript declarations and `codes.js` of the npm package,
//! `include/kopru_codes.h`, the README's operation reference and
//! `tests/operations.json` (the list the bindings' walk tests run).

mod c;
mod catalogue;
mod files;
mod model;
mod names;
mod problems;
mod python;
mod readme;
mod tables;
mod text;
mod typescript;

use files::{first_difference, Content, Generated, Style};
use model::Model;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Every file the generator owns (wholly or in regions).
fn generated() -> Vec<Generated> {
    let model = Model::from_table();
    let tables = tables::all();
    vec![
        Generated {
            path: "python/pysrc/kopru/types.py",
            content: Content::Whole(python::types_module(&model)),
        },
        Generated {
            path: "python/pysrc/kopru/_kopru.pyi",
            content: Content::Regions {
                style: Style::Hash,
                regions: vec![
                    ("Session.start", python::session_start(&model)),
                    ("Client.call", python::client_call(&model)),
                    ("Client.pages", python::client_pages(&model)),
                ],
                append_under: None,
            },
        },
        Generated {
            path: "python/pysrc/kopru/codes.py",
            content: Content::Whole(python::codes_module(&tables)),
        },
        Generated {
            path: "wasm/js/kopru.d.ts",
            content: Content::Regions {
                style: Style::Slash,
                regions: vec![
                    ("operations", typescript::declarations(&model)),
                    ("codes", typescript::codes_declarations(&tables)),
                ],
                append_under: None,
            },
        },
        Generated {
            path: "wasm/js/codes.js",
            content: Content::Whole(typescript::codes_module(&tables)),
        },
        Generated {
            path: "include/kopru_codes.h",
            content: Content::Whole(c::codes_header(&tables)),
        },
        Generated {
            path: "README.md",
            content: Content::Regions {
                style: Style::Html,
                regions: vec![
                    ("operations", readme::reference(&model, &tables)),
                    ("problem-codes", problems::readme_table()),
                ],
                append_under: Some("## Operation reference"),
            },
        },
        Generated {
            path: "tests/operations.json",
            content: Content::Whole(catalogue::operations_json(&model)),
        },
    ]
}

/// The repository root this crate sits in (two levels up).
fn default_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One generated file as it is and as it should be.
struct Comparison {
    /// Its path from the repository root.
    path: &'static str,
    /// Its text now (`None`: it does not exist).
    current: Option<String>,
    /// Its text as generated.
    wanted: String,
}

/// Every generated file as it is and as it should be.
fn compare(root: &Path) -> Result<Vec<Comparison>, String> {
    generated()
        .into_iter()
        .map(|file| {
            let current = std::fs::read_to_string(root.join(file.path)).ok();
            let wanted = file.render(current.as_deref())?;
            Ok(Comparison {
                path: file.path,
                current,
                wanted,
            })
        })
        .collect()
}

fn write(root: &Path) -> Result<(), String> {
    let mut written = 0;
    for Comparison {
        path,
        current,
        wanted,
    } in compare(root)?
    {
        if current.as_deref() != Some(wanted.as_str()) {
            std::fs::write(root.join(path), &wanted).map_err(|e| format!("writing {path}: {e}"))?;
            println!("wrote {path}");
            written += 1;
        }
    }
    if written == 0 {
        println!("kopru-codegen: every generated file is up to date");
    }
    Ok(())
}

fn check(root: &Path) -> Result<bool, String> {
    let files = compare(root)?;
    let mut stale = 0;
    for file in &files {
        match &file.current {
            Some(current) if *current == file.wanted => {}
            Some(current) => {
                stale += 1;
                println!(
                    "stale: {} ({})",
                    file.path,
                    first_difference(current, &file.wanted)
                );
            }
            None => {
                stale += 1;
                println!("missing: {}", file.path);
            }
        }
    }
    if stale > 0 {
        println!(
            "kopru-codegen: {stale} of {} generated files are stale; run: cargo run -q -p kopru-codegen -- write",
            files.len()
        );
    } else {
        println!(
            "kopru-codegen: {} generated files are up to date",
            files.len()
        );
    }
    Ok(stale == 0)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = match args.get(1..) {
        Some([]) | None => default_root(),
        Some([flag, dir]) if flag == "--root" => PathBuf::from(dir),
        Some(_) => {
            eprintln!("usage: kopru-codegen write | check | list [--root DIR]");
            return ExitCode::from(2);
        }
    };
    let outcome = match args.first().map(String::as_str) {
        Some("write") => write(&root).map(|()| true),
        Some("check") => check(&root),
        Some("list") => {
            for file in generated() {
                println!("{}", file.path);
            }
            Ok(true)
        }
        _ => {
            eprintln!("usage: kopru-codegen write | check | list [--root DIR]");
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("kopru-codegen: {message}");
            ExitCode::FAILURE
        }
    }
}
