//! `kopru-sandbox-server [--port N]`: serves the kopru sandbox on 127.0.0.1:N
//! (0, the default, picks a free port) and prints `listening http://127.0.0.1:PORT`
//! as its first line of output.

use std::io::Write;
use std::process::ExitCode;

use kopru_sandbox_server::Server;

const USAGE: &str = "usage: kopru-sandbox-server [--port N]   (N = 0 picks a free port)";

fn parse_port(args: &[String]) -> Result<u16, String> {
    let mut port = 0;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--port" => args.next().ok_or("--port needs a value")?.as_str(),
            a if a.starts_with("--port=") => &a["--port=".len()..],
            other => return Err(format!("unknown argument {other:?}")),
        };
        port = value.parse().map_err(|_| format!("bad port {value:?}"))?;
    }
    Ok(port)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let port = match parse_port(&args) {
        Ok(port) => port,
        Err(message) => {
            eprintln!("kopru-sandbox-server: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let server = match Server::bind(port) {
        Ok(server) => server,
        Err(e) => {
            eprintln!("kopru-sandbox-server: cannot listen on 127.0.0.1:{port}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let addr = match server.local_addr() {
        Ok(addr) => addr,
        Err(e) => {
            eprintln!("kopru-sandbox-server: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut stdout = std::io::stdout();
    if writeln!(stdout, "listening http://{addr}")
        .and_then(|()| stdout.flush())
        .is_err()
    {
        return ExitCode::FAILURE;
    }
    server.serve();
    ExitCode::SUCCESS
}
