{{/*
metallb-full: one MetalLB object per entry of `configuration.<group>` (name -> {spec, metadata?}).

Hooks and ordering
------------------
The objects are Helm hooks: `helm.sh/hook: post-install,post-upgrade`, weighted, with
`helm.sh/hook-delete-policy: before-hook-creation`. This is the usual pattern for a wrapper chart
whose sub-chart installs the CRDs and an admission webhook in the same release:

  * The MetalLB CRDs come from the upstream chart's `crds` sub-chart as ordinary templates (not a
    `crds/` folder), so on a first install they do not exist yet when Helm maps the release
    manifest: IPAddressPool & co. as plain templates fail with "no matches for kind" before
    anything is created, and the install can never converge. Hooks are mapped and created only
    after the release's resources (CRDs, controller, webhook configuration) exist.
  * MetalLB validates every object with its webhook (served by the controller). Post-install hooks
    run after the release's resources are created, and after they are ready when the installer
    waits (`--wait`): the controller's readiness covers the webhook (metallb/metallb#1610). Without
    a wait the first try can hit "no endpoints available for service ...-webhook-service"; the
    installer's retry (an upgrade) then re-creates the objects.
  * Weights create referenced objects first: IPAddressPool, Community and BFDProfile (10), then
    BGPPeer (20, may name a BFDProfile), then L2Advertisement and BGPAdvertisement (30, name
    pools, peers and community aliases). Within one weight Helm orders by kind, then by name.
    (MetalLB's webhooks ignore such references when validating, so this is order, not a need.)
  * before-hook-creation (Helm 3's default, written out) replaces each object on upgrade, so
    changed values always reach the cluster.

Known limits of hooks: hook objects are not tracked by the release, so an entry removed from the
values is not deleted on upgrade, nor are the objects deleted on uninstall (only deleting the CRDs removes them);
and MetalLB's webhook refuses to delete a BFDProfile that a BGPPeer names, so an upgrade that
re-creates such a profile (before-hook-creation) is refused while the peer names it.

An entry may set its own `helm.sh/hook*` annotations to override these (e.g. another weight).
`helm template` prints hooks like any other object.
*/}}

{{/*
metallb-full.objects: every object of one group.
dict: root (the top context), key (configuration key), kind, apiVersion, weight.
A null entry is skipped (Helm's way of deleting a key); a non-map entry renders `spec: {}`.
*/}}
{{- define "metallb-full.objects" -}}
{{- $cfg := .root.Values.configuration -}}
{{- if kindIs "map" $cfg -}}
{{- $group := get $cfg .key -}}
{{- if kindIs "map" $group -}}
{{- range $name, $entry := $group -}}
{{- if not (kindIs "invalid" $entry) }}
{{ include "metallb-full.object" (dict "root" $.root "kind" $.kind "apiVersion" $.apiVersion "weight" $.weight "name" $name "entry" $entry) }}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
metallb-full.object: one object. dict: root, kind, apiVersion, weight, name (the map key), entry.
Label and annotation values are written as strings; spec is the entry's spec, unchanged (toYaml).
*/}}
{{- define "metallb-full.object" -}}
{{- $entry := dict -}}
{{- if kindIs "map" .entry -}}{{- $entry = .entry -}}{{- end -}}
{{- $meta := dict -}}
{{- if kindIs "map" (get $entry "metadata") -}}{{- $meta = get $entry "metadata" -}}{{- end -}}
{{- $spec := dict -}}
{{- if kindIs "map" (get $entry "spec") -}}{{- $spec = get $entry "spec" -}}{{- end -}}
{{- $labels := get $meta "labels" -}}
{{- $annotations := dict -}}
{{- if kindIs "map" (get $meta "annotations") -}}
{{- range $k, $v := get $meta "annotations" -}}
{{- $_ := set $annotations $k (toString $v) -}}
{{- end -}}
{{- end -}}
{{- if not (hasKey $annotations "helm.sh/hook") -}}
{{- $_ := set $annotations "helm.sh/hook" "post-install,post-upgrade" -}}
{{- end -}}
{{- if not (hasKey $annotations "helm.sh/hook-weight") -}}
{{- $_ := set $annotations "helm.sh/hook-weight" (toString .weight) -}}
{{- end -}}
{{- if not (hasKey $annotations "helm.sh/hook-delete-policy") -}}
{{- $_ := set $annotations "helm.sh/hook-delete-policy" "before-hook-creation" -}}
{{- end -}}
---
apiVersion: {{ .apiVersion }}
kind: {{ .kind }}
metadata:
  name: {{ .name | quote }}
  namespace: {{ .root.Release.Namespace | quote }}
  {{- if and (kindIs "map" $labels) $labels }}
  labels:
    {{- range $k, $v := $labels }}
    {{ $k | quote }}: {{ toString $v | quote }}
    {{- end }}
  {{- end }}
  annotations:
    {{- range $k, $v := $annotations }}
    {{ $k | quote }}: {{ $v | quote }}
    {{- end }}
spec:
  {{- toYaml $spec | nindent 2 }}
{{- end -}}
