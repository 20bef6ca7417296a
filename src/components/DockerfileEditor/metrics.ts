/** Shared by Monaco's options and the static block shown before it, so swapping them does not move the page. */
export const editorFontSize = 14;
export const editorLineHeight = 21;
export const editorPadding = 12;
