#!/usr/bin/env bash
# Assembles a minimal Java 17 runtime image from this machine's JDK, for machines that reach no image registry:
# a jlink runtime, the shared libraries it and the bundled native libraries (RocksDB, compression) need,
# /tmp and user entries, imported with `docker import`. Usage: docker/jre-base-image.sh [IMAGE]
set -euo pipefail

image="${1:-industrial-reporting/jre:17}"
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"

echo "Building $image from $java_home" >&2
"$java_home/bin/jlink" --output "$root/opt/java" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.management.rmi,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.localedata,jdk.management,jdk.management.agent,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.security.jgss,jdk.unsupported,jdk.zipfs

# Shared libraries of the runtime, plus what RocksDB's and the compression codecs' JNI libraries link against.
copy_lib() {
  local path="$1"
  mkdir -p "$root$(dirname "$path")"
  cp -L "$path" "$root$path"
}
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null | grep -o '/[^ ]*\.so[^ ]*' | sort -u | while read -r lib; do copy_lib "$lib"; done
for lib in /lib/x86_64-linux-gnu/libstdc++.so.6 /lib/x86_64-linux-gnu/libgcc_s.so.1 \
           /lib/x86_64-linux-gnu/libpthread.so.0 /lib/x86_64-linux-gnu/librt.so.1 /lib/x86_64-linux-gnu/libdl.so.2 \
           /lib/x86_64-linux-gnu/libm.so.6 /lib/x86_64-linux-gnu/libz.so.1 /lib64/ld-linux-x86-64.so.2; do
  copy_lib "$lib"
done

mkdir -p "$root/tmp" "$root/etc"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nreporting:x:10001:10001:reporting:/var/lib/reporting:/sbin/nologin\n' \
  > "$root/etc/passwd"
printf 'root:x:0:\nreporting:x:10001:\n' > "$root/etc/group"

tar -C "$root" -c . | docker import \
  --change 'ENV JAVA_HOME=/opt/java' \
  --change 'ENV PATH=/opt/java/bin:/usr/bin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  - "$image" >/dev/null
echo "Built $image ($(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}'))" >&2
