//! `tandem smtp-sink`: a small SMTP server that accepts every message and
//! writes it to a folder — for development and for the email tests, which
//! need a real SMTP server process to talk to.

use std::path::PathBuf;

use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
};

use crate::messages::Failure;

pub async fn run(addr: &str, dir: PathBuf) -> Result<(), Failure> {
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::new("cli-error-file").arg("path", dir.display()).arg("detail", e))?;
    let listener = TcpListener::bind(crate::config::parse_addr(addr)?)
        .await
        .map_err(|e| Failure::new("cli-error-bind").arg("addr", addr).arg("detail", e))?;
    let local = crate::local_addr(&listener)?;
    println!("smtp-sink listening on {local}, writing to {}", dir.display());
    let counter = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(s) => s,
            Err(e) => {
                eprintln!("accept failed: {e}");
                continue;
            }
        };
        let dir = dir.clone();
        let counter = counter.clone();
        tokio::spawn(async move {
            if let Err(e) = session(stream, &dir, &counter).await {
                eprintln!("smtp session ended: {e}");
            }
        });
    }
}

async fn session(
    stream: TcpStream,
    dir: &std::path::Path,
    counter: &std::sync::atomic::AtomicU64,
) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    write.write_all(b"220 tandem-smtp-sink ready\r\n").await?;
    let mut envelope_to: Vec<String> = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_ascii_uppercase();
        if command.starts_with("EHLO") {
            write.write_all(b"250-tandem-smtp-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n").await?;
        } else if command.starts_with("HELO") || command.starts_with("MAIL FROM") || command.starts_with("NOOP") {
            write.write_all(b"250 OK\r\n").await?;
        } else if command.starts_with("RCPT TO") {
            envelope_to.push(line.trim_end()[8..].trim().to_owned());
            write.write_all(b"250 OK\r\n").await?;
        } else if command.starts_with("RSET") {
            envelope_to.clear();
            write.write_all(b"250 OK\r\n").await?;
        } else if command == "DATA" {
            write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
            let mut message = format!("X-Envelope-To: {}\r\n", envelope_to.join(", "));
            loop {
                line.clear();
                if lines.read_line(&mut line).await? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
                // Undo SMTP dot-stuffing.
                message.push_str(line.strip_prefix('.').unwrap_or(&line));
            }
            let n = counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let path = dir.join(format!("{:06}-{}.eml", n, std::process::id()));
            tokio::fs::write(&path, message).await?;
            envelope_to.clear();
            write.write_all(b"250 OK: queued\r\n").await?;
        } else if command == "QUIT" {
            write.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else {
            write.write_all(b"502 Command not implemented\r\n").await?;
        }
    }
}
