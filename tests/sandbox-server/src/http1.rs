//! A minimal HTTP/1.1 server side: reading one request (Content-Length or chunked
//! body, `Expect: 100-continue`) and writing one response, whole or (for
//! fault injection) cut short or trickled.

use std::io::{self, BufRead, Read, Write};
use std::thread;
use std::time::Duration;

/// The largest request head (request line and headers) accepted, in bytes.
const MAX_HEAD: usize = 64 * 1024;
/// The largest request body accepted, in bytes.
const MAX_BODY: usize = 64 * 1024 * 1024;

/// One parsed request.
#[derive(Debug)]
pub struct Request {
    /// The method as sent (`GET`, `DELETE`, …).
    pub method: String,
    /// The request target as sent: a path with an optional query.
    pub target: String,
    /// True for HTTP/1.0, whose connections close unless asked otherwise.
    pub http10: bool,
    /// The headers in the order sent.
    pub headers: Vec<(String, String)>,
    /// The decoded body (empty when none was sent).
    pub body: Vec<u8>,
}

impl Request {
    /// The value of the first header with this name (compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Whether the client lets the connection stay open after the response.
    pub fn keep_alive(&self) -> bool {
        let connection = self.header("connection").unwrap_or("").to_ascii_lowercase();
        let has = |token: &str| connection.split(',').any(|t| t.trim() == token);
        if self.http10 {
            has("keep-alive")
        } else {
            !has("close")
        }
    }
}

/// Why no request could be read.
#[derive(Debug)]
pub enum ReadError {
    /// The connection closed (or timed out idle) before a new request began.
    Closed,
    /// The bytes are not a request this server accepts; answer 400 and close.
    Bad(String),
    /// The connection failed in the middle of a request.
    Io(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// Reads one line ending in LF (CR LF accepted), counting it against `budget`.
fn read_line<R: BufRead>(reader: &mut R, budget: &mut usize) -> Result<Option<String>, ReadError> {
    let mut line = Vec::new();
    let limit = u64::try_from(*budget).unwrap_or(u64::MAX) + 1;
    let n = reader.by_ref().take(limit).read_until(b'\n', &mut line)?;
    if n == 0 {
        return Ok(None);
    }
    if n > *budget {
        return Err(ReadError::Bad("request head too large".into()));
    }
    *budget -= n;
    if line.last() != Some(&b'\n') {
        return Err(ReadError::Io(io::ErrorKind::UnexpectedEof.into()));
    }
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    String::from_utf8(line)
        .map(Some)
        .map_err(|_| ReadError::Bad("request head is not UTF-8".into()))
}

/// Reads the next request from `reader`. `interim` receives the
/// `100 Continue` answer when the client waits for one before sending its body.
pub fn read_request<R: BufRead, W: Write>(
    reader: &mut R,
    interim: &mut W,
) -> Result<Request, ReadError> {
    let mut budget = MAX_HEAD;
    // RFC 9112 §2.2: ignore empty lines before a request line.
    let request_line = loop {
        match read_line(reader, &mut budget) {
            Ok(Some(line)) if line.is_empty() => continue,
            Ok(Some(line)) => break line,
            Ok(None) => return Err(ReadError::Closed),
            Err(ReadError::Io(e))
                if budget == MAX_HEAD
                    && matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock
                            | io::ErrorKind::TimedOut
                            | io::ErrorKind::ConnectionReset
                    ) =>
            {
                return Err(ReadError::Closed)
            }
            Err(e) => return Err(e),
        }
    };
    let mut parts = request_line.split(' ');
    let (method, target, version) = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(m), Some(t), Some(v), None) if !m.is_empty() && !t.is_empty() => (m, t, v),
        _ => return Err(ReadError::Bad("malformed request line".into())),
    };
    let http10 = match version {
        "HTTP/1.1" => false,
        "HTTP/1.0" => true,
        _ => return Err(ReadError::Bad("unsupported HTTP version".into())),
    };

    let mut headers = Vec::new();
    loop {
        let line = read_line(reader, &mut budget)?
            .ok_or(ReadError::Io(io::ErrorKind::UnexpectedEof.into()))?;
        if line.is_empty() {
            break;
        }
        let (name, value) = line
            .split_once(':')
            .filter(|(n, _)| !n.is_empty() && !n.contains([' ', '\t']))
            .ok_or_else(|| ReadError::Bad("malformed header line".into()))?;
        headers.push((name.to_string(), value.trim().to_string()));
    }

    let mut request = Request {
        method: method.to_string(),
        target: target.to_string(),
        http10,
        headers,
        body: Vec::new(),
    };

    let chunked = request
        .header("transfer-encoding")
        .is_some_and(|te| te.to_ascii_lowercase().contains("chunked"));
    let length = content_length(&request)?;
    if !chunked && length.unwrap_or(0) == 0 {
        return Ok(request);
    }
    if request
        .header("expect")
        .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
    {
        interim.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
        interim.flush()?;
    }
    request.body = if chunked {
        read_chunked(reader)?
    } else {
        let length = length.unwrap_or(0);
        let mut body = vec![0; length];
        reader.read_exact(&mut body)?;
        body
    };
    Ok(request)
}

/// The Content-Length of a request, if given; several differing values are an error.
fn content_length(request: &Request) -> Result<Option<usize>, ReadError> {
    let mut length = None;
    for (_, value) in request
        .headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("content-length"))
    {
        for item in value.split(',') {
            let item = item.trim();
            let n = item
                .parse::<usize>()
                .ok()
                .filter(|_| item.bytes().all(|b| b.is_ascii_digit()))
                .ok_or_else(|| ReadError::Bad("bad Content-Length".into()))?;
            if length.is_some_and(|l| l != n) {
                return Err(ReadError::Bad("conflicting Content-Length".into()));
            }
            length = Some(n);
        }
    }
    if length.is_some_and(|l| l > MAX_BODY) {
        return Err(ReadError::Bad("body too large".into()));
    }
    Ok(length)
}

/// Reads a chunked body up to and including its trailer section.
fn read_chunked<R: BufRead>(reader: &mut R) -> Result<Vec<u8>, ReadError> {
    let mut body = Vec::new();
    let mut budget = MAX_HEAD;
    loop {
        let line = read_line(reader, &mut budget)?
            .ok_or(ReadError::Io(io::ErrorKind::UnexpectedEof.into()))?;
        let size = line.split(';').next().unwrap_or("").trim();
        let size =
            usize::from_str_radix(size, 16).map_err(|_| ReadError::Bad("bad chunk size".into()))?;
        if size == 0 {
            break;
        }
        if body.len() + size > MAX_BODY {
            return Err(ReadError::Bad("body too large".into()));
        }
        let start = body.len();
        body.resize(start + size, 0);
        reader.read_exact(&mut body[start..])?;
        let end = read_line(reader, &mut budget)?;
        if end.as_deref() != Some("") {
            return Err(ReadError::Bad("chunk not followed by CRLF".into()));
        }
    }
    while read_line(reader, &mut budget)?
        .ok_or(ReadError::Io(io::ErrorKind::UnexpectedEof.into()))?
        .as_str()
        != ""
    {}
    Ok(body)
}

/// One response to write.
#[derive(Debug)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// Headers to send; Content-Length and Connection are added by [`write_response`].
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Response {
    /// A JSON response with this status.
    pub fn json(status: u16, body: &serde_json::Value) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
        }
    }
}

/// The reason phrase for a status code (any text is valid; these are the usual ones).
fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}

/// How a response travels to the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// All at once.
    Whole,
    /// The head and the first half of the body, then nothing: the caller closes
    /// the connection, and the client sees it end before the promised length.
    Cut,
    /// The head at once, then the body in up to [`TRICKLE_PIECES`] pieces spread
    /// over this long, the last one after all of it.
    Trickle(Duration),
}

/// How many pieces a trickled body is sent in.
pub const TRICKLE_PIECES: usize = 10;

/// Writes `response` whole; `head_only` leaves the body out (an answer to HEAD).
pub fn write_response<W: Write>(
    writer: &mut W,
    response: &Response,
    keep_alive: bool,
    head_only: bool,
) -> io::Result<()> {
    write_response_as(writer, response, keep_alive, head_only, Delivery::Whole)
}

/// Writes `response` the way `delivery` says.
pub fn write_response_as<W: Write>(
    writer: &mut W,
    response: &Response,
    keep_alive: bool,
    head_only: bool,
    delivery: Delivery,
) -> io::Result<()> {
    let mut out = format!(
        "HTTP/1.1 {} {}\r\n",
        response.status,
        reason(response.status)
    );
    for (name, value) in &response.headers {
        let framing = [
            "content-length",
            "connection",
            "transfer-encoding",
            "keep-alive",
        ];
        if framing.iter().any(|f| name.eq_ignore_ascii_case(f)) {
            continue;
        }
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    let no_body = response.status == 204 || response.status == 304;
    if !no_body {
        out.push_str(&format!("Content-Length: {}\r\n", response.body.len()));
    }
    out.push_str(if keep_alive {
        "Connection: keep-alive\r\n\r\n"
    } else {
        "Connection: close\r\n\r\n"
    });
    let body: &[u8] = if head_only || no_body {
        &[]
    } else {
        &response.body
    };
    match delivery {
        Delivery::Whole => {
            let mut bytes = out.into_bytes();
            bytes.extend_from_slice(body);
            writer.write_all(&bytes)?;
        }
        Delivery::Cut => {
            let mut bytes = out.into_bytes();
            bytes.extend_from_slice(&body[..body.len() / 2]);
            writer.write_all(&bytes)?;
        }
        Delivery::Trickle(total) => {
            writer.write_all(out.as_bytes())?;
            writer.flush()?;
            let pieces = TRICKLE_PIECES.min(body.len()).max(1);
            let size = body.len().div_ceil(pieces).max(1);
            let pause = total / u32::try_from(pieces).unwrap_or(1);
            let mut rest = body;
            for _ in 0..pieces {
                thread::sleep(pause);
                let (piece, after) = rest.split_at(size.min(rest.len()));
                writer.write_all(piece)?;
                writer.flush()?;
                rest = after;
            }
        }
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &str) -> (Result<Request, ReadError>, Vec<u8>) {
        let mut reader = io::BufReader::new(raw.as_bytes());
        let mut interim = Vec::new();
        (read_request(&mut reader, &mut interim), interim)
    }

    #[test]
    fn content_length_body_on_delete() {
        let (req, interim) =
            parse("DELETE /x?a=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 8\r\n\r\n{\"id\":1}");
        let req = req.unwrap();
        assert_eq!(req.method, "DELETE");
        assert_eq!(req.target, "/x?a=1");
        assert_eq!(req.body, b"{\"id\":1}");
        assert!(req.keep_alive());
        assert!(interim.is_empty());
    }

    #[test]
    fn chunked_body_with_trailer_and_continue() {
        let (req, interim) = parse(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n\
             3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nX-T: 1\r\n\r\n",
        );
        assert_eq!(req.unwrap().body, b"abcde");
        assert_eq!(interim, b"HTTP/1.1 100 Continue\r\n\r\n");
    }

    #[test]
    fn two_requests_on_one_connection() {
        let raw = "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.0\r\nConnection: close\r\n\r\n";
        let mut reader = io::BufReader::new(raw.as_bytes());
        let mut sink = Vec::new();
        assert_eq!(read_request(&mut reader, &mut sink).unwrap().target, "/a");
        let second = read_request(&mut reader, &mut sink).unwrap();
        assert_eq!(second.target, "/b");
        assert!(!second.keep_alive());
        assert!(matches!(
            read_request(&mut reader, &mut sink),
            Err(ReadError::Closed)
        ));
    }

    #[test]
    fn rejects_malformed_input() {
        for raw in [
            "GET /\r\n\r\n",
            "GET / HTTP/2\r\n\r\n",
            "GET / HTTP/1.1\r\nno colon\r\n\r\n",
            "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
            "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
        ] {
            assert!(matches!(parse(raw).0, Err(ReadError::Bad(_))), "{raw:?}");
        }
    }

    #[test]
    fn truncated_body_is_an_io_error() {
        let (req, _) = parse("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
        assert!(matches!(req, Err(ReadError::Io(_))));
    }

    #[test]
    fn writes_framing_headers_once() {
        let response = Response {
            status: 200,
            headers: vec![
                ("Content-Type".into(), "application/json".into()),
                ("Content-Length".into(), "999".into()),
            ],
            body: b"{}".to_vec(),
        };
        let mut out = Vec::new();
        write_response(&mut out, &response, true, false).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\
             Connection: keep-alive\r\n\r\n{}"
        );
    }
    fn json_response(body: &str) -> Response {
        Response {
            status: 200,
            headers: vec![],
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn a_cut_response_promises_more_than_it_sends() {
        let mut out = Vec::new();
        let response = json_response("{\"status\":true}");
        write_response_as(&mut out, &response, true, false, Delivery::Cut).unwrap();
        let text = String::from_utf8(out).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.contains("Content-Length: 15"), "{head}");
        assert_eq!(body, "{\"statu");
    }

    #[test]
    fn a_trickled_response_arrives_whole_after_its_duration() {
        let body = "x".repeat(25);
        let mut whole = Vec::new();
        write_response(&mut whole, &json_response(&body), true, false).unwrap();
        let mut slow = Vec::new();
        let started = std::time::Instant::now();
        let delivery = Delivery::Trickle(Duration::from_millis(50));
        write_response_as(&mut slow, &json_response(&body), true, false, delivery).unwrap();
        assert!(started.elapsed() >= Duration::from_millis(50));
        assert_eq!(slow, whole);
    }
}
