//! The Fluent files are compiled into the binary (`i18n`), and askama reads the templates; a
//! new file in either folder must rebuild it.
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=templates");
}
