<?php
/**
 * PHP's built-in server in front of the test site, doing what a web server's rewrite rules do for WordPress: a file
 * that exists is served (PHP files run), every other path goes to index.php (pretty permalinks, /wp-json/).
 *
 * The document root is this run's site directory (see site.mjs): symlinks to Debian's /usr/share/wordpress beside
 * its own wp-config.php and wp-content. ABSPATH is defined here, before WordPress starts, because PHP resolves the
 * symlinks in __DIR__: without it, wp-load.php would find Debian's wp-config.php in /usr/share/wordpress.
 */
$root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );
define( 'ABSPATH', $root . '/' );

$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( strpos( $path, '..' ) !== false ) {
	http_response_code( 400 );
	return true;
}
$file = $root . $path;
if ( $path !== '/' && is_file( $file ) ) {
	if ( substr( $file, -4 ) !== '.php' ) {
		return false; // A static file (an upload, a stylesheet): the built-in server sends it.
	}
	chdir( dirname( $file ) );
	$_SERVER['SCRIPT_NAME']     = $path;
	$_SERVER['PHP_SELF']        = $path;
	$_SERVER['SCRIPT_FILENAME'] = $file;
	require $file;
	return true;
}
chdir( $root );
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
require $root . '/index.php';
