//! The `lyncsh` command line; everything happens in [`lyncsh::cli`].

fn main() {
    std::process::exit(lyncsh::cli::main());
}
