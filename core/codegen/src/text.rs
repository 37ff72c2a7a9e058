//! Small text helpers shared by the generators.

/// Splits `text` into lines of at most `width` characters at spaces (a longer word
/// gets a line of its own).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` ending with a full stop (or another closing punctuation mark).
pub fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() || text.ends_with(['.', '!', '?', ':']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// Collects lines of generated text.
#[derive(Debug, Default)]
pub struct Lines {
    text: String,
}

impl Lines {
    /// Appends one line.
    pub fn line(&mut self, line: impl AsRef<str>) {
        self.text.push_str(line.as_ref());
        self.text.push('\n');
    }

    /// Appends an empty line.
    pub fn blank(&mut self) {
        self.text.push('\n');
    }

    /// The text so far.
    pub fn finish(self) -> String {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("", 7), [""]);
        assert_eq!(wrap("unbreakable words", 4), ["unbreakable", "words"]);
        assert_eq!(sentence("Products"), "Products.");
        assert_eq!(sentence("Done."), "Done.");
    }
}
