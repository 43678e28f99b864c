//! PowerShell wildcard patterns (`*`, `?`, `[a-z]`), as `-like` and `-Filter` use them.

/// PowerShell wildcards: `*`, `?`, `[abc]`, `[a-z]`; case-insensitive unless `cs`.
pub fn wildcard_match(pattern: &str, text: &str, cs: bool) -> bool {
    let fold = |s: &str| if cs { s.to_string() } else { s.to_lowercase() };
    let p: Vec<char> = fold(pattern).chars().collect();
    let t: Vec<char> = fold(text).chars().collect();
    // Iterative matching with backtracking to the last `*`, linear in practice.
    let (mut pi, mut ti) = (0usize, 0usize);
    let (mut star, mut mark) = (None::<usize>, 0usize);
    while ti < t.len() {
        if pi < p.len() {
            match p[pi] {
                '*' => {
                    star = Some(pi);
                    mark = ti;
                    pi += 1;
                    continue;
                }
                '?' => {
                    pi += 1;
                    ti += 1;
                    continue;
                }
                '[' => {
                    if let Some((matched, next)) = bracket(&p, pi, t[ti]) {
                        if matched {
                            pi = next;
                            ti += 1;
                            continue;
                        }
                    } else if t[ti] == '[' {
                        pi += 1;
                        ti += 1;
                        continue;
                    }
                }
                '`' if pi + 1 < p.len() && p[pi + 1] == t[ti] => {
                    pi += 2;
                    ti += 1;
                    continue;
                }
                c if c == t[ti] => {
                    pi += 1;
                    ti += 1;
                    continue;
                }
                _ => {}
            }
        }
        match star {
            Some(s) => {
                pi = s + 1;
                mark += 1;
                ti = mark;
            }
            None => return false,
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

/// Matches `c` against the bracket expression starting at `p[start]`: (matched, index after `]`).
fn bracket(p: &[char], start: usize, c: char) -> Option<(bool, usize)> {
    let end = p[start + 1..].iter().position(|&x| x == ']')? + start + 1;
    let set = &p[start + 1..end];
    let mut i = 0;
    let mut matched = false;
    while i < set.len() {
        if i + 2 < set.len() && set[i + 1] == '-' {
            matched |= set[i] <= c && c <= set[i + 2];
            i += 3;
        } else {
            matched |= set[i] == c;
            i += 1;
        }
    }
    Some((matched, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(wildcard_match("site:*", "Site:Redmond", false));
        assert!(!wildcard_match("site:*", "Site:Redmond", true));
        assert!(wildcard_match(
            "*conf*",
            "Get-CsConferencingConfiguration",
            false
        ));
        assert!(wildcard_match("a?c", "abc", false));
        assert!(wildcard_match("[a-c]x", "bx", false));
        assert!(!wildcard_match("[a-c]x", "dx", false));
        assert!(wildcard_match("*", "", false));
        assert!(!wildcard_match("a*b", "a", false));
    }
}
