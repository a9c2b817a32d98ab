export { describeInstagramUrl, type InstagramUrlInfo, type InstagramUrlKind } from './instagram-url';
export { BUILT_IN_LINK_HOSTS, checkLinkTarget, isAllowedHost, type LinkTargetCheck } from './link-target';
export { buildTaggedLink, fillTagPlaceholders, tagPresetFor, UTM_PARAMS } from './tagged-link';
export { parseWebUrl, type WebUrl } from './web-url';
