/** Codes reported by `convert` (beyond those of validate), with their one-line descriptions. */
export const convertCodes: Record<string, string> = {
  'convert/namespace-changed': 'an object of another namespace is converted to helm values, which deploy every object into the pack namespace',
  'convert/secret-not-converted': 'a Secret beside the custom resources is not part of helm values; it must be created in the cluster',
  'convert/images-incomplete': 'pack.content.images of the converted pack lacks an image the chosen BGP mode deploys',
};
