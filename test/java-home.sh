#!/usr/bin/env bash
# Prints a JAVA_HOME that Debian's groovy can start with. groovy looks in /usr/lib/jvm/default-java when JAVA_HOME is
# unset, and a machine with a JDK from elsewhere has none there: then the `java` on the PATH decides.
# Exits 1 (printing nothing) when there is no Java at all.
set -euo pipefail
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME"; exit 0; fi
if [ -x /usr/lib/jvm/default-java/bin/java ]; then echo /usr/lib/jvm/default-java; exit 0; fi
java="$(command -v java || true)"
[ -n "$java" ] || exit 1
dirname "$(dirname "$(readlink -f "$java")")"
