#!/bin/sh
# Copies the package built into the image into n8n's community-nodes folder
# (~/.n8n/nodes/node_modules), which lives in the /home/node/.n8n volume and so cannot be filled
# when the image is built; then hands over to the official image's entrypoint.
# Each start replaces the copy, so the volume always holds the image's version.
set -eu
package="${TELECRM_PACKAGE_DIR:-/opt/n8n-nodes-telecrm}"
nodes="${N8N_USER_FOLDER:-$HOME}/.n8n/nodes/node_modules"
mkdir -p "$nodes"
rm -rf "$nodes/n8n-nodes-telecrm"
cp -R "$package" "$nodes/n8n-nodes-telecrm"
exec "${N8N_ENTRYPOINT:-/docker-entrypoint.sh}" "$@"
