#!/bin/sh
# Copies the package built into the image into n8n's community-nodes folder
# (~/.n8n/nodes/node_modules), which lives in the /home/node/.n8n volume and so cannot be filled
# when the image is built; then hands over to the official image's entrypoint.
# Each start replaces the copy, so the volume holds the image's version. The new copy is made
# beside the old one and swapped in by rename: the folder holds one whole copy, old or new.
# When the volume cannot be written, one line on stderr says what, where and how to fix it, and
# n8n starts with what is there: failing here would make compose's restart policy loop.
# POSIX sh: the official image is Alpine (busybox).
set -u
package="${TELECRM_PACKAGE_DIR:-/opt/n8n-nodes-telecrm}"
n8n_dir="${N8N_USER_FOLDER:-${HOME:-/home/node}}/.n8n"
nodes="$n8n_dir/nodes/node_modules"
copy="$nodes/n8n-nodes-telecrm"
# Work folders start with a dot: n8n loads every n8n-nodes-* folder here, a second copy too.
work_prefix=".n8n-nodes-telecrm."
staging=""
old=""

version_of() {
	sed -n 's/^[[:space:]]*"version":[[:space:]]*"\([^"]*\)".*/\1/p' "$1/package.json" 2>/dev/null |
		head -n 1
}
version="$(version_of "$package")"
label="n8n-nodes-telecrm${version:+ $version}"
user="$(id -un 2>/dev/null || id -u)"

# $1: why the copy was not replaced; $2: the fix. One line, then n8n starts all the same.
not_installed() {
	if [ -f "$copy/package.json" ]; then
		now="the copy already there ($(version_of "$copy"))"
	else
		now="no TeleCRM nodes"
	fi
	echo "telecrm-entrypoint: $label not installed: $1; n8n starts with $now. Fix: $2, then restart the container" >&2
}

# $1: a folder this user cannot write; $2: the error that said so.
cannot_write() {
	case "$2" in
	*"Read-only file system"*)
		not_installed "$1 is on a read-only file system" "mount the volume at $n8n_dir read-write" ;;
	*)
		if [ -O "$1" ]; then
			not_installed "user $user may not write $1" "docker exec <container> chmod -R u+rwX $n8n_dir"
		else
			not_installed "$1 is owned by $(stat -c %U "$1"), not by user $user" \
				"docker exec -u root <container> chown -R $user:$(id -gn 2>/dev/null || id -g) $n8n_dir"
		fi ;;
	esac
}

# The first of the folders the copy goes into that exists and is not a folder.
file_in_the_way() {
	for path in "$n8n_dir" "$n8n_dir/nodes" "$nodes"; do
		if [ -e "$path" ] && [ ! -d "$path" ]; then
			echo "$path"
			return
		fi
	done
}

# The first folder of the old copy this user cannot empty (removing the copy needs them all).
first_unremovable() {
	[ -d "$copy" ] && [ ! -L "$copy" ] || return 0
	find "$copy" -type d 2>/dev/null | while IFS= read -r dir; do
		if [ ! -w "$dir" ] || [ ! -x "$dir" ] || [ ! -r "$dir" ]; then
			echo "$dir"
			break
		fi
	done
}

# The deepest of the folders the copy goes into that exists (mkdir -p failed under it).
deepest_existing() {
	deepest="$n8n_dir"
	for path in "$n8n_dir/nodes" "$nodes"; do
		[ -d "$path" ] && deepest="$path"
	done
	echo "$deepest"
}

# Leaves no half copy: the new copy is removed, the old one put back if it was moved away.
discard() {
	if [ -n "$old" ] && [ -e "$old" ] && [ ! -e "$copy" ]; then
		mv "$old" "$copy"
	fi
	[ -z "$staging" ] || rm -rf "$staging"
	staging=""
}

install_copy() {
	if [ ! -f "$package/package.json" ]; then
		not_installed "the image has no package at $package" "rebuild the image (docker compose build)"
		return
	fi
	in_the_way="$(file_in_the_way)"
	if [ -n "$in_the_way" ]; then
		not_installed "$in_the_way is a file, where a folder is needed" \
			"docker exec <container> mv $in_the_way $in_the_way.moved"
		return
	fi
	if ! error="$(mkdir -p "$nodes" 2>&1)"; then
		cannot_write "$(deepest_existing)" "$error"
		return
	fi
	# Work folders of a start killed 10 minutes ago or more (a container sharing the volume may
	# be using newer ones).
	find "$nodes" -maxdepth 1 -name "$work_prefix*" -mmin +10 -exec rm -rf {} \; 2>/dev/null
	if ! error="$(mktemp -d "$nodes/${work_prefix}new.XXXXXX" 2>&1)"; then
		cannot_write "$nodes" "$error"
		return
	fi
	staging="$error"
	# Checked after mktemp, whose error tells a read-only volume from a folder of another owner.
	unremovable="$(first_unremovable)"
	if [ -n "$unremovable" ]; then
		discard
		cannot_write "$unremovable" "Permission denied"
		return
	fi
	if ! error="$(cp -R "$package/." "$staging" 2>&1 && chmod 755 "$staging" 2>&1)"; then
		discard
		not_installed "copying into $nodes failed (${error##*: })" "free space on the volume"
		return
	fi
	swap_in
}

# Two renames in one folder: the old copy moves aside, the new one takes its name.
swap_in() {
	old="$nodes/${work_prefix}old.${staging##*.}"
	if { [ -e "$copy" ] || [ -L "$copy" ]; } && ! mv "$copy" "$old"; then
		old=""
		discard
		cannot_write "$copy" "Permission denied"
		return
	fi
	if ! mv "$staging" "$copy"; then
		discard
		not_installed "renaming the new copy into $copy failed" "restart the container"
		return
	fi
	# A container sharing the volume swapped first: mv then moved the new copy into its copy.
	work_name="${staging##*/}"
	rm -rf "$copy/${work_name:?}"
	staging=""
	rm -rf "$old"
	echo "telecrm-entrypoint: $label installed in $nodes"
}

trap 'discard; exit 143' HUP INT TERM
install_copy
trap - HUP INT TERM
exec "${N8N_ENTRYPOINT:-/docker-entrypoint.sh}" "$@"
