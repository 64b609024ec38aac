/** The project config file's name. Its own module: the extension needs it before it loads the core. */
export const CONFIG_FILE_NAME = '.leadlint.json';
