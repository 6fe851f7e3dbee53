<?php
/**
 * Installs the test site and writes its posts through WordPress's own functions, as its users would.
 *
 *   php seed.php install <site dir> <site url>
 *   php seed.php posts   <site dir> <site url> <manifest.json>
 *
 * Two runs, because wp_install() needs WP_INSTALLING and the posts should be written by a normal, installed
 * WordPress (kses for authors, the site's time zone). `posts` writes a manifest of what WordPress itself says about
 * each post (its dates in the site's format, permalink, ids, srcset), so the tests compare medprose with WordPress.
 * Every text here was written for these tests; it is general health information and claims nothing beyond it.
 */

// Its own namespace: helpers such as checked() or block() would collide with WordPress's functions.
namespace Medprose\Seed;

if ( PHP_SAPI !== 'cli' || count( $argv ) < 4 ) {
	fwrite( STDERR, "usage: php seed.php install|posts <site dir> <site url> [manifest.json]\n" );
	exit( 2 );
}
[ , $step, $site_dir, $site_url ] = $argv;
$manifest_path                    = $argv[4] ?? null;

// What a request to the site would carry: Debian's wp-config.php picks config-<host>.php by the host name.
$_SERVER['HTTP_HOST']       = parse_url( $site_url, PHP_URL_HOST ) . ':' . parse_url( $site_url, PHP_URL_PORT );
$_SERVER['SERVER_NAME']     = parse_url( $site_url, PHP_URL_HOST );
$_SERVER['SERVER_PORT']     = parse_url( $site_url, PHP_URL_PORT );
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define( 'ABSPATH', rtrim( $site_dir, '/' ) . '/' );

if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
}

require ABSPATH . 'wp-load.php';

if ( 'install' === $step ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$installed = wp_install( 'Everyday Health Notes', 'siteadmin', 'admin@wordpress.test', true, '', wp_generate_password( 24 ) );
	update_option( 'siteurl', $site_url );
	update_option( 'home', $site_url );
	update_option( 'timezone_string', 'America/New_York' );
	update_option( 'gmt_offset', '' );
	update_option( 'date_format', 'F j, Y' );
	update_option( 'time_format', 'g:i a' );
	update_option( 'permalink_structure', '/%year%/%monthnum%/%day%/%postname%/' );
	// The sample post, page and privacy page wp_install() writes are not part of this site.
	foreach ( get_posts( array( 'post_type' => array( 'post', 'page' ), 'post_status' => 'any', 'numberposts' => -1 ) ) as $sample ) {
		wp_delete_post( $sample->ID, true );
	}
	wp_delete_comment( 1, true );
	echo wp_json_encode( array( 'admin' => $installed['user_id'] ) ), "\n";
	exit( 0 );
}

if ( 'posts' !== $step || ! $manifest_path ) {
	fwrite( STDERR, "unknown step $step\n" );
	exit( 2 );
}

require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/post.php';

/** Stops the seed with a message the harness shows. */
function fail( $message ) {
	fwrite( STDERR, "seed: $message\n" );
	exit( 1 );
}

function checked( $result, $what ) {
	if ( is_wp_error( $result ) || ! $result ) {
		fail( "$what: " . ( is_wp_error( $result ) ? $result->get_error_message() : 'failed' ) );
	}
	return $result;
}

// ---------------------------------------------------------------------------------------------------------------
// Users: an author, an editor who reviews, the administrator wp_install() made.

$admin_id = (int) get_user_by( 'login', 'siteadmin' )->ID;
wp_update_user( array( 'ID' => $admin_id, 'display_name' => 'Site Administrator', 'first_name' => 'Site', 'last_name' => 'Administrator' ) );
$author_id = checked(
	wp_insert_user( array( 'user_login' => 'lmarsh', 'user_email' => 'lena@wordpress.test', 'user_pass' => wp_generate_password( 24 ), 'role' => 'author', 'first_name' => 'Lena', 'last_name' => 'Marsh', 'display_name' => 'Lena Marsh', 'description' => 'Health writer.' ) ),
	'author'
);
$editor_id = checked(
	wp_insert_user( array( 'user_login' => 'sosei', 'user_email' => 'samuel@wordpress.test', 'user_pass' => wp_generate_password( 24 ), 'role' => 'editor', 'first_name' => 'Samuel', 'last_name' => 'Osei', 'display_name' => 'Dr Samuel Osei', 'description' => 'General practitioner and medical reviewer.' ) ),
	'editor'
);

// ---------------------------------------------------------------------------------------------------------------
// Categories and tags.

$categories = array();
foreach ( array( 'Heart health', 'Allergies', 'Sleep', 'Everyday health', 'Site notes' ) as $name ) {
	$categories[ $name ] = (int) checked( wp_insert_term( $name, 'category' ), "category $name" )['term_id'];
}

// ---------------------------------------------------------------------------------------------------------------
// Block markup as the block editor (WordPress 6.1) saves it.

function block( $name, $html, $attrs = array() ) {
	return get_comment_delimited_block_content( $name, $attrs, "\n" . $html . "\n" );
}
/** Top-level blocks, a blank line apart as the editor saves them (inner blocks are joined with nothing between). */
function blocks( ...$list ) {
	return implode( "\n\n", $list );
}
function p( $text, $attrs = array() ) {
	return block( 'core/paragraph', "<p>$text</p>", $attrs );
}
function h( $text, $level = 2 ) {
	return block( 'core/heading', "<h$level>$text</h$level>", 2 === $level ? array() : array( 'level' => $level ) );
}
function items( $list ) {
	return implode( '', array_map( fn( $item ) => block( 'core/list-item', "<li>$item</li>" ), $list ) );
}
function ul( $list ) {
	return block( 'core/list', '<ul>' . items( $list ) . '</ul>' );
}
function ol( $list ) {
	return block( 'core/list', '<ol>' . items( $list ) . '</ol>', array( 'ordered' => true ) );
}
function image_src( $id, $size ) {
	return wp_get_attachment_image_src( $id, $size )[0];
}
function image_block( $id, $size, $caption = '' ) {
	$alt        = esc_attr( get_post_meta( $id, '_wp_attachment_image_alt', true ) );
	$figcaption = '' === $caption ? '' : "<figcaption class=\"wp-element-caption\">$caption</figcaption>";
	return block(
		'core/image',
		sprintf( '<figure class="wp-block-image size-%s"><img src="%s" alt="%s" class="wp-image-%d"/>%s</figure>', $size, image_src( $id, $size ), $alt, $id, $figcaption ),
		array( 'id' => $id, 'sizeSlug' => $size, 'linkDestination' => 'none' )
	);
}
function table_html( $head, $rows ) {
	$cells = fn( $row, $tag ) => '<tr>' . implode( '', array_map( fn( $cell ) => "<$tag>$cell</$tag>", $row ) ) . '</tr>';
	return '<table><thead>' . $cells( $head, 'th' ) . '</thead><tbody>' . implode( '', array_map( fn( $row ) => $cells( $row, 'td' ), $rows ) ) . '</tbody></table>';
}

// ---------------------------------------------------------------------------------------------------------------
// Images: drawn with GD, uploaded with media_handle_sideload() so WordPress makes its sub-sizes (150×150 crop too).

/** A calm picture: a two-colour gradient sky, hills, a sun. Only its size and shape matter to the tests. */
function draw_image( $path, $width, $height, $top, $bottom, $hill ) {
	$image = imagecreatetruecolor( $width, $height );
	for ( $y = 0; $y < $height; $y++ ) {
		$t = $y / max( 1, $height - 1 );
		$c = imagecolorallocate( $image, (int) ( $top[0] + ( $bottom[0] - $top[0] ) * $t ), (int) ( $top[1] + ( $bottom[1] - $top[1] ) * $t ), (int) ( $top[2] + ( $bottom[2] - $top[2] ) * $t ) );
		imageline( $image, 0, $y, $width - 1, $y, $c );
	}
	imagefilledellipse( $image, (int) ( $width * 0.75 ), (int) ( $height * 0.28 ), (int) ( $height * 0.22 ), (int) ( $height * 0.22 ), imagecolorallocate( $image, 255, 236, 180 ) );
	imagefilledellipse( $image, (int) ( $width * 0.3 ), $height, (int) ( $width * 1.1 ), (int) ( $height * 0.7 ), imagecolorallocate( $image, ...$hill ) );
	imagefilledellipse( $image, (int) ( $width * 0.85 ), $height, (int) ( $width * 0.9 ), (int) ( $height * 0.5 ), imagecolorallocate( $image, (int) ( $hill[0] * 0.8 ), (int) ( $hill[1] * 0.8 ), (int) ( $hill[2] * 0.8 ) ) );
	imagejpeg( $image, $path, 78 );
	imagedestroy( $image );
}

function upload( $file, $size, $colours, $parent, $date, $alt, $caption = '' ) {
	$tmp = wp_tempnam( $file );
	draw_image( $tmp, $size[0], $size[1], ...$colours );
	$id = media_handle_sideload(
		array( 'name' => $file, 'tmp_name' => $tmp ),
		$parent,
		null,
		array(
			'post_title'   => ucfirst( str_replace( '-', ' ', pathinfo( $file, PATHINFO_FILENAME ) ) ),
			'post_excerpt' => $caption,
			'post_date'    => $date,
		)
	);
	checked( $id, "upload $file" );
	update_post_meta( $id, '_wp_attachment_image_alt', $alt );
	return $id;
}

// ---------------------------------------------------------------------------------------------------------------
// Posts, each written by its author (wp_set_current_user first: kses filters an author's HTML as it would in the
// editor; an administrator's is saved as written).

$manifest = array( 'posts' => array() );

function write_post( $name, $author, $fields ) {
	global $manifest;
	wp_set_current_user( $author );
	$id = checked(
		wp_insert_post(
			wp_slash(
				array_merge(
					array( 'post_status' => 'publish', 'post_type' => 'post', 'post_author' => $author, 'comment_status' => 'closed' ),
					$fields
				)
			),
			true
		),
		"post $name"
	);
	$manifest['posts'][ $name ] = array( 'id' => $id );
	return $id;
}

/** Content that needs attachment ids is written after the uploads, as an author saves a draft and then edits it. */
function update_content( $id, $content ) {
	checked( wp_update_post( wp_slash( array( 'ID' => $id, 'post_content' => $content ) ), true ), "content of $id" );
}

function terms( $id, $category_names, $tags ) {
	global $categories;
	wp_set_post_categories( $id, array_map( fn( $name ) => $categories[ $name ], $category_names ) );
	wp_set_post_tags( $id, $tags );
}

// --- A classic-editor post: wpautop paragraphs, a [caption] image, a wide table ----------------------------------

$classic = write_post(
	'classic',
	$author_id,
	array(
		'post_title'   => 'Checking your blood pressure at home',
		'post_excerpt' => 'How to take home blood pressure readings you can rely on, keep a simple log, and share it with the people who look after you.',
		'post_date'    => '2024-02-06 10:15:00',
		'post_content' => 'Draft',
	)
);
$cuff = upload( 'cuff-and-notebook.jpg', array( 1600, 1067 ), array( array( 196, 214, 230 ), array( 240, 236, 226 ), array( 120, 150, 170 ) ), $classic, '2024-02-06 10:05:00', 'An upper-arm blood pressure cuff resting on a table beside an open notebook', 'A cuff that fits your arm matters more than the brand of monitor.' );
$cuff_large = wp_get_attachment_image_src( $cuff, 'large' );
$log_rows   = array(
	array( 'Monday', '128/82', '126/80', '131/84', '129/83', '72', 'Took morning tablets at 8 am' ),
	array( 'Tuesday', '124/79', '125/80', '133/85', '130/84', '75', 'Busy day at work; slept badly' ),
	array( 'Wednesday', '127/81', '124/78', '128/82', '127/80', '70', 'None' ),
);
update_content(
	$classic,
	implode(
		"\n\n",
		array(
			'Many people are asked to check their blood pressure at home, either to confirm a reading taken at a clinic or to see how a new medicine is working. Home readings can be a useful addition to clinic measurements, as long as they are taken the same way each time.',
			'<h2>Choosing a monitor</h2>',
			"An upper-arm monitor that has been checked for accuracy is usually recommended over wrist or finger devices. The cuff size matters too: a cuff that is too small or too large for your arm can give misleading numbers, so measure around your upper arm and check the range printed on the cuff.\nIf you are not sure which monitor to choose, a pharmacist can help.",
			sprintf(
				'[caption id="attachment_%1$d" align="aligncenter" width="%2$d"]<img class="size-large wp-image-%1$d" src="%3$s" alt="%4$s" width="%2$d" height="%5$d" /> A cuff that fits your arm matters more than the brand of monitor.[/caption]',
				$cuff,
				$cuff_large[1],
				$cuff_large[0],
				esc_attr( get_post_meta( $cuff, '_wp_attachment_image_alt', true ) ),
				$cuff_large[2]
			),
			'<h2>Taking a reading</h2>',
			'Sit quietly for five minutes first, with your back supported and your feet flat on the floor. Rest your arm on a table so the cuff sits at about the level of your heart. Caffeine, exercise and smoking in the half hour before a reading can raise it for a while, so leave them until afterwards if you can.',
			'Take two readings about a minute apart and write both down, even if the second one looks "better". Readings vary through the day, so your care team may ask for a morning and an evening set for a week.',
			'<h2>Keeping a log</h2>',
			'The table below shows one way to lay out a week of readings. The numbers in it are made up to show the layout; they are not targets. Your care team may prefer a different layout, or an app: use whichever they ask for.',
			table_html( array( 'Day', 'Morning reading 1', 'Morning reading 2', 'Evening reading 1', 'Evening reading 2', 'Pulse (beats per minute)', 'Notes: medicines, symptoms, anything unusual' ), $log_rows ),
			'<h2>When to get help</h2>',
			'One high reading on its own is not usually a reason to panic: sit quietly and measure again. If your readings are often above the level your clinician gave you, contact them for advice rather than changing your medicines yourself.',
			'If a very high reading comes with chest pain, shortness of breath, weakness on one side of the body, difficulty speaking or a sudden severe headache, call your local emergency number straight away.',
		)
	)
);
set_post_thumbnail( $classic, $cuff );
terms( $classic, array( 'Heart health' ), array( 'blood pressure', 'home monitoring' ) );

// --- A block-editor post with the core blocks a health post uses ------------------------------------------------

$blocks = write_post(
	'blocks',
	$author_id,
	array(
		'post_title'   => 'Hay fever: easing symptoms at home, and when to get help',
		'post_excerpt' => 'Practical ways to ease hay fever at home, what a pharmacist can offer, and the symptoms that need a doctor.',
		'post_date'    => '2024-03-05 09:00:00',
		'post_content' => '<!-- wp:paragraph --><p>Draft</p><!-- /wp:paragraph -->',
	)
);
$meadow  = upload( 'meadow-in-spring.jpg', array( 1600, 900 ), array( array( 150, 200, 240 ), array( 230, 240, 250 ), array( 110, 170, 90 ) ), $blocks, '2024-03-05 08:40:00', 'A meadow of long grass and wild flowers under a pale spring sky' );
$window  = upload( 'window-closed.jpg', array( 1200, 800 ), array( array( 220, 230, 240 ), array( 250, 250, 245 ), array( 160, 160, 150 ) ), $blocks, '2024-03-05 08:41:00', 'A bedroom window kept closed on a bright morning' );
$washing = upload( 'washing-indoors.jpg', array( 1200, 800 ), array( array( 240, 225, 210 ), array( 250, 245, 240 ), array( 180, 150, 130 ) ), $blocks, '2024-03-05 08:42:00', 'Clothes drying on a rack indoors' );
$tall    = upload( 'pharmacist-counter.jpg', array( 900, 1200 ), array( array( 200, 220, 210 ), array( 245, 248, 245 ), array( 90, 140, 120 ) ), $blocks, '2024-03-05 08:43:00', 'A pharmacy counter with a row of nasal sprays on the shelf behind it' );

$gallery_images = implode(
	'',
	array_map(
		fn( $id ) => block(
			'core/image',
			sprintf( '<figure class="wp-block-image size-large"><img src="%s" alt="%s" class="wp-image-%d"/></figure>', image_src( $id, 'large' ), esc_attr( get_post_meta( $id, '_wp_attachment_image_alt', true ) ), $id ),
			array( 'id' => $id, 'sizeSlug' => 'large', 'linkDestination' => 'none' )
		),
		array( $window, $washing )
	)
);
$video = 'https://www.youtube.com/watch?v=Hf7pQ2xLm4k';
update_content(
	$blocks,
	blocks(
		p( 'Hay fever is an allergic reaction to pollen from grasses, trees and weeds. For many people it is a nuisance that comes back every spring or summer; for others it disturbs sleep, work and concentration for weeks. Most people can ease their symptoms with simple steps and medicines from a pharmacy.' ),
		image_block( $meadow, 'large', 'Grass pollen is the most common trigger in late spring and early summer.' ),
		h( 'What hay fever feels like' ),
		p( 'Symptoms usually start within minutes of being around pollen and can last as long as the pollen season does. Common ones are:' ),
		ul( array( 'sneezing and a runny or blocked nose', 'itchy, red or watery eyes', 'an itchy throat, mouth, nose or ears', 'feeling tired, often because symptoms disturb sleep' ) ),
		block(
			'core/gallery',
			'<figure class="wp-block-gallery has-nested-images columns-default is-cropped">' . $gallery_images . '<figcaption class="blocks-gallery-caption wp-element-caption">Keeping windows closed and drying washing indoors can reduce how much pollen comes into the home.</figcaption></figure>',
			array( 'linkTo' => 'none' )
		),
		h( 'Things that often help' ),
		block(
			'core/group',
			'<div class="wp-block-group">' . block( 'core/heading', '<h3>At home</h3>', array( 'level' => 3 ) ) . block( 'core/paragraph', '<p>Pollen counts tend to be highest in the early morning and evening. On high-pollen days it can help to:</p>' ) . block( 'core/list', '<ul>' . items( array( 'keep windows and doors shut when you can', 'shower and change your clothes after being outside', 'wear wraparound sunglasses outdoors', 'vacuum regularly and dust with a damp cloth' ) ) . '</ul>' ) . '</div>',
			array( 'layout' => array( 'type' => 'constrained' ) )
		),
		block(
			'core/columns',
			'<div class="wp-block-columns">'
				. block( 'core/column', '<div class="wp-block-column">' . block( 'core/heading', '<h3>From a pharmacy</h3>', array( 'level' => 3 ) ) . block( 'core/paragraph', '<p>Antihistamine tablets, steroid nasal sprays and eye drops are available without a prescription. A pharmacist can suggest one that suits your symptoms and any other medicines you take.</p>' ) . '</div>' )
				. block( 'core/column', '<div class="wp-block-column">' . block( 'core/heading', '<h3>From a doctor</h3>', array( 'level' => 3 ) ) . block( 'core/paragraph', '<p>If pharmacy medicines have not helped after a couple of weeks, a doctor can review the diagnosis and discuss other treatments.</p>' ) . '</div>' )
				. '</div>'
		),
		block(
			'core/table',
			'<figure class="wp-block-table">' . table_html(
				array( 'Option', 'How it is used', 'Symptoms it may ease', 'Possible side effects', 'Things to check with a pharmacist' ),
				array(
					array( 'Non-drowsy antihistamine tablets', 'Once a day, ideally before symptoms start', 'Sneezing, itching, runny nose, watery eyes', 'Headache; drowsiness in some people', 'Other medicines you take, pregnancy, breastfeeding' ),
					array( 'Corticosteroid nasal spray', 'Daily, often for a week or two before it works fully', 'Blocked or runny nose, sneezing', 'Nosebleeds, dryness or irritation in the nose', 'Technique: aim away from the middle of the nose' ),
					array( 'Antihistamine eye drops', 'When eyes are itchy or watery', 'Itchy, red or watery eyes', 'Brief stinging', 'Contact lenses: some drops are not suitable' ),
				)
			) . '<figcaption class="wp-element-caption">Common options from a pharmacy. Read the leaflet that comes with any medicine.</figcaption></figure>'
		),
		block( 'core/quote', '<blockquote class="wp-block-quote">' . block( 'core/paragraph', '<p>Starting a nasal spray a couple of weeks before your usual season begins often works better than waiting for symptoms.</p>' ) . '<cite>Advice many pharmacists give</cite></blockquote>' ),
		block(
			'core/cover',
			sprintf(
				'<div class="wp-block-cover is-light"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background wp-image-%d" alt="" src="%s" data-object-fit="cover"/><div class="wp-block-cover__inner-container">%s</div></div>',
				$meadow,
				image_src( $meadow, 'full' ),
				block( 'core/paragraph', '<p class="has-text-align-center has-large-font-size">Check the pollen forecast before you plan a day outdoors.</p>', array( 'align' => 'center', 'placeholder' => 'Write title…', 'fontSize' => 'large' ) )
			),
			array( 'url' => image_src( $meadow, 'full' ), 'id' => $meadow, 'dimRatio' => 50, 'isDark' => false )
		),
		block(
			'core/media-text',
			sprintf(
				'<div class="wp-block-media-text alignwide is-stacked-on-mobile"><figure class="wp-block-media-text__media"><img src="%s" alt="%s" class="wp-image-%d size-full"/></figure><div class="wp-block-media-text__content">%s</div></div>',
				image_src( $tall, 'full' ),
				esc_attr( get_post_meta( $tall, '_wp_attachment_image_alt', true ) ),
				$tall,
				block( 'core/paragraph', '<p>Tell the pharmacist about any other medicines you take, and whether you are pregnant or breastfeeding: some hay fever medicines are not suitable for everyone.</p>', array( 'placeholder' => 'Content…' ) )
			),
			array( 'mediaId' => $tall, 'mediaLink' => get_attachment_link( $tall ), 'mediaType' => 'image' )
		),
		block( 'core/pullquote', '<figure class="wp-block-pullquote"><blockquote><p>Hay fever cannot be cured, but for most people its symptoms can be kept under control.</p><cite>Our editorial team</cite></blockquote></figure>' ),
		block( 'core/separator', '<hr class="wp-block-separator has-alpha-channel-opacity"/>' ),
		block(
			'core/embed',
			"<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio\"><div class=\"wp-block-embed__wrapper\">\n$video\n</div><figcaption class=\"wp-element-caption\">A pharmacist explains how to use a nasal spray.</figcaption></figure>",
			array( 'url' => $video, 'type' => 'video', 'providerNameSlug' => 'youtube', 'responsive' => true, 'className' => 'wp-embed-aspect-16-9 wp-has-aspect-ratio' )
		),
		h( 'Keeping a symptom diary' ),
		p( 'Noting your symptoms each day, with the pollen count, can show which pollen affects you and whether a medicine is working. A plain text note is enough:' ),
		block( 'core/code', '<pre class="wp-block-code"><code>date        sneezing(0-3)  eyes(0-3)  sleep(0-3)  pollen-count          medicines-taken-and-when-including-eye-drops-and-sprays</code></pre>' ),
		block( 'core/html', '<details><summary>What does the pollen count mean?</summary><p>It is an estimate of how many pollen grains are in a cubic metre of air over a day. Forecasts usually group it as low, moderate, high or very high.</p></details>' ),
		h( 'When to see a doctor' ),
		p( 'Speak to a doctor if your symptoms are not improving after trying pharmacy medicines, if you also get wheezing, a tight chest or shortness of breath, or if you are not sure it is hay fever. If breathing becomes very difficult, call your local emergency number.' ),
		block(
			'core/buttons',
			'<div class="wp-block-buttons">' . block( 'core/button', '<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="' . esc_url( home_url( '/find-a-pharmacy/' ) ) . '">Find a pharmacy near you</a></div>' ) . '</div>'
		)
	)
);
set_post_thumbnail( $blocks, $meadow );
terms( $blocks, array( 'Allergies' ), array( 'hay fever', 'pollen' ) );

// --- Late in the evening, New York time: date_gmt is the next day ------------------------------------------------

$evening = write_post(
	'evening',
	$author_id,
	array(
		'post_title'   => 'After the clocks change: easing back into a sleep routine',
		'post_excerpt' => 'Small, steady changes help your body clock adjust after the clocks go forward.',
		'post_date'    => '2024-03-18 21:30:00',
		'post_content' => 'Draft',
	)
);
$night = upload( 'evening-sky.jpg', array( 1600, 900 ), array( array( 40, 50, 100 ), array( 200, 130, 120 ), array( 40, 60, 60 ) ), $evening, '2024-03-18 21:10:00', 'A calm evening sky over low hills' );
update_content(
	$evening,
	blocks(
		p( 'When the clocks go forward in spring, many people find it harder to fall asleep and to wake up for a few days. For most, the body clock catches up within a week or so.' ),
		h( 'Small steps that can help' ),
		ul( array( 'Get some daylight soon after you wake up.', 'Keep your usual bedtime routine, even if you do not feel sleepy at first.', 'Avoid caffeine in the afternoon and evening.', 'Keep the bedroom dark and cool.' ) ),
		h( 'If poor sleep lasts' ),
		p( 'If you still sleep badly after a few weeks, or feel very sleepy during the day, talk to a doctor or nurse. Long-lasting sleep problems can have many causes, and they can help you find the right support.' )
	)
);
set_post_thumbnail( $evening, $night );
terms( $evening, array( 'Sleep' ), array( 'sleep', 'daylight saving time' ) );

// --- No manual excerpt: WordPress cuts the first 55 words and adds [&hellip;] ------------------------------------

$diary = write_post(
	'autoExcerpt',
	$author_id,
	array(
		'post_title'   => 'Why a headache diary helps',
		'post_date'    => '2024-03-12 14:00:00',
		'post_content' => blocks(
			p( 'If you have headaches that keep coming back, a diary can help you and your doctor see what is going on. Writing down when each headache starts, how long it lasts, how bad it feels and what you were doing beforehand often shows a pattern over several weeks that is hard to notice from memory alone, such as headaches that follow missed meals or poor sleep.' ),
			h( 'What to write down' ),
			ul( array( 'the date and the time the headache started', 'how long it lasted and how strong it was, on a scale of 0 to 10', 'any medicines you took, and whether they helped', 'what you ate and drank, how you slept, and anything else you noticed' ) ),
			h( 'Using medicines wisely' ),
			p( 'Taking painkillers for headaches on many days each month can itself lead to more frequent headaches. A diary makes it easier to see how often you take them, which is useful to discuss with a pharmacist or doctor.' ),
			h( 'When to get urgent help' ),
			p( 'Get urgent medical help for a sudden, very severe headache, or a headache with a stiff neck, fever, confusion, weakness, or problems with your sight or speech.' )
		),
	)
);
terms( $diary, array( 'Everyday health' ), array( 'headache' ) );

// --- Key takeaways, an FAQ and a references list, with no citation marks in the text -----------------------------

$refs = write_post(
	'references',
	$editor_id,
	array(
		'post_title'   => 'Drinking enough in hot weather',
		'post_excerpt' => 'How much to drink when it is hot, who needs to take extra care, and the warning signs of heat illness.',
		'post_date'    => '2024-02-20 11:00:00',
		'post_content' => blocks(
			h( 'Key takeaways' ),
			ul( array( 'Drink regularly through the day when it is hot, before you feel very thirsty.', 'Pale yellow urine is a simple sign that you are drinking enough.', 'Older adults, babies and people with some long-term conditions need extra care in the heat.' ) ),
			h( 'Why heat affects the body' ),
			p( 'In hot weather the body cools itself by sweating, and the water lost has to be replaced. If it is not, you can become dehydrated, which can make you feel tired, dizzy or unwell.' ),
			h( 'How much to drink' ),
			p( 'There is no single amount that suits everyone: it depends on your size, how active you are and how hot it is. Water, milk and diluted squash all count. If your doctor has told you to limit fluids because of a heart or kidney condition, ask them what to do in hot weather.' ),
			h( 'Frequently asked questions' ),
			h( 'Do tea and coffee count?', 3 ),
			p( 'Yes. Tea and coffee add to the fluid you take in, although drinks without caffeine are a good choice when it is very hot.' ),
			h( 'Are sports drinks better than water?', 3 ),
			p( 'For most everyday activity, water is enough. Drinks with added salts may help after long, heavy sweating; a pharmacist can advise.' ),
			h( 'What are the signs of heat exhaustion?', 3 ),
			p( 'Headache, dizziness, feeling sick, heavy sweating and a fast pulse can be signs. Move somewhere cool, drink water and rest. If someone is confused, has a seizure or does not improve within half an hour, call your local emergency number.' ),
			h( 'References' ),
			ol(
				array(
					'World Health Organization. Heat and health. Fact sheet. <a href="https://www.who.int/news-room/fact-sheets/detail/climate-change-heat-and-health">https://www.who.int/news-room/fact-sheets/detail/climate-change-heat-and-health</a>',
					'NHS. Heat exhaustion and heatstroke. <a href="https://www.nhs.uk/conditions/heat-exhaustion-heatstroke/">https://www.nhs.uk/conditions/heat-exhaustion-heatstroke/</a>',
					'Centers for Disease Control and Prevention. Heat and health. <a href="https://www.cdc.gov/heat-health/">https://www.cdc.gov/heat-health/</a>',
				)
			)
		),
	)
);
set_post_thumbnail( $refs, $meadow );
terms( $refs, array( 'Everyday health' ), array( 'heat', 'hydration' ) );

// --- Password-protected ------------------------------------------------------------------------------------------

$protected = write_post(
	'protected',
	$author_id,
	array(
		'post_title'    => 'Notes for the review panel',
		'post_password' => 'review-panel-2024',
		'post_date'     => '2024-03-01 08:30:00',
		'post_content'  => blocks( p( 'These notes are only for the medical review panel and must not be shown to readers.' ) ),
	)
);
terms( $protected, array( 'Site notes' ), array() );

// --- A hostile post saved by an administrator (unfiltered_html): WordPress keeps it as written ------------------

$pwn = fn( $name ) => "top.__pwned('$name')";
$hostile = write_post(
	'hostile',
	$admin_id,
	array(
		'post_title'   => 'Formatting test page',
		'post_date'    => '2024-03-02 12:00:00',
		'post_content' => blocks(
			p( 'This page was saved by an administrator while testing a page builder. It holds markup no reader should ever run.' ),
			block( 'core/html', '<script>' . $pwn( 'script' ) . '</script>' ),
			block( 'core/html', '<img src="/missing-image.png" alt="" onerror="' . $pwn( 'onerror' ) . '">' ),
			p( 'A link that should only ever be text or a safe link: <a href="javascript:' . $pwn( 'js-link' ) . '">click-me-javascript</a>.' ),
			block( 'core/html', '<p><a href="#top" onclick="' . $pwn( 'onclick' ) . '">click-me-onclick</a></p>' ),
			// Entity-encoded: wptexturize would curl the quotes of a raw <script> inside the attribute.
			block( 'core/html', '<iframe srcdoc="&lt;script&gt;parent.__pwned(&#39;srcdoc&#39;)&lt;/script&gt;" width="600" height="200"></iframe>' ),
			block( 'core/html', '<noscript><p title="</noscript><img src=x onerror=' . $pwn( 'noscript-title' ) . '>"></p></noscript>' ),
			h( 'A section after the payloads' ),
			p( 'The first paragraph of this section is ordinary text the administrator wrote.' ),
			// In a reader's browser (scripting on) this <noscript> holds only text and ends at </noscript>; a parser
			// with scripting off reads <style> as an element whose text runs to the end of the post.
			block( 'core/html', '<noscript><style></noscript>' ),
			p( 'This paragraph comes after a noscript element and every reader’s browser shows it.' ),
			h( 'The last section' ),
			p( 'The closing paragraph is also shown by every browser.' )
		),
	)
);
terms( $hostile, array( 'Site notes' ), array() );

// --- Images rewritten by a lazy-load plugin (see mu-plugin.php) --------------------------------------------------

$lazy = write_post(
	'lazyload',
	$author_id,
	array(
		'post_title'   => 'Looking after your eyes on screen-heavy days',
		'post_excerpt' => 'Simple habits that make long days at a screen more comfortable for your eyes.',
		'post_date'    => '2024-03-04 10:00:00',
		'post_content' => 'Draft',
	)
);
update_content(
	$lazy,
	blocks(
		p( 'Long hours at a screen can leave your eyes feeling tired, dry or sore. This is usually temporary, and a few habits can make a difference.' ),
		image_block( $window, 'large', 'Looking out of a window now and then gives your eyes a rest.' ),
		h( 'Habits that can help' ),
		ul( array( 'Every so often, look at something far away for a few seconds.', 'Blink fully; people tend to blink less while reading a screen.', 'Keep the screen about an arm’s length away and slightly below eye level.' ) ),
		h( 'When to have your eyes checked' ),
		p( 'If discomfort does not settle, your sight seems to be changing, or you get headaches when reading, book an eye test with an optometrist.' )
	)
);
update_post_meta( $lazy, 'medprose_lazyload', '1' );
terms( $lazy, array( 'Everyday health' ), array( 'eyes' ) );

// ---------------------------------------------------------------------------------------------------------------
// Fixed "modified" dates (WordPress sets them to now on every save), so the saved fixtures do not change each run.

$modified = array(
	'classic'     => '2024-02-06 10:15:00',
	'blocks'      => '2024-04-02 16:20:00',
	'evening'     => '2024-03-18 21:30:00',
	'autoExcerpt' => '2024-03-12 14:00:00',
	'references'  => '2024-02-20 11:00:00',
	'protected'   => '2024-03-01 08:30:00',
	'hostile'     => '2024-03-02 12:00:00',
	'lazyload'    => '2024-03-04 10:00:00',
);
global $wpdb;
foreach ( $modified as $name => $local ) {
	$id = $manifest['posts'][ $name ]['id'];
	$wpdb->update( $wpdb->posts, array( 'post_modified' => $local, 'post_modified_gmt' => get_gmt_from_date( $local ) ), array( 'ID' => $id ) );
	clean_post_cache( $id );
}
foreach ( get_posts( array( 'post_type' => 'attachment', 'post_status' => 'inherit', 'numberposts' => -1 ) ) as $attachment ) {
	$wpdb->update( $wpdb->posts, array( 'post_modified' => $attachment->post_date, 'post_modified_gmt' => $attachment->post_date_gmt ), array( 'ID' => $attachment->ID ) );
	clean_post_cache( $attachment->ID );
}

// ---------------------------------------------------------------------------------------------------------------
// The manifest: what WordPress itself says about each post.

// What a related-posts plugin would list beside each post (the evening post appears as a card: defect 2's other half).
$related = array(
	'classic'     => array( 'blocks', 'references' ),
	'blocks'      => array( 'evening', 'autoExcerpt', 'classic' ),
	'evening'     => array( 'autoExcerpt', 'blocks' ),
	'autoExcerpt' => array( 'evening', 'references' ),
	'references'  => array( 'blocks', 'autoExcerpt' ),
	'protected'   => array(),
	'hostile'     => array(),
	'lazyload'    => array( 'classic', 'evening' ),
);
$embeds = array( 'blocks' => array( array( 'url' => $video, 'caption' => 'A pharmacist explains how to use a nasal spray.' ) ) );

wp_set_current_user( 0 );
foreach ( $manifest['posts'] as $name => $entry ) {
	$post      = get_post( $entry['id'] );
	$thumbnail = (int) get_post_thumbnail_id( $post );
	$meta      = $thumbnail ? wp_get_attachment_metadata( $thumbnail ) : null;
	$manifest['posts'][ $name ] = array(
		'id'            => $post->ID,
		'slug'          => $post->post_name,
		'title'         => get_the_title( $post ),
		'link'          => get_permalink( $post ),
		'author'        => get_the_author_meta( 'display_name', $post->post_author ),
		// As the site shows it (its date format and time zone) and as an ISO 8601 instant with the site's offset.
		'date'          => array( 'shown' => get_the_date( '', $post ), 'iso' => get_the_date( 'c', $post ) ),
		'modified'      => array( 'shown' => get_the_modified_date( '', $post ), 'iso' => get_the_modified_date( 'c', $post ) ),
		'manualExcerpt' => has_excerpt( $post ),
		'protected'     => post_password_required( $post ),
		'categories'    => wp_list_pluck( get_the_category( $post->ID ), 'name' ),
		'tags'          => wp_list_pluck( get_the_tags( $post->ID ) ?: array(), 'name' ),
		'featuredImage' => $thumbnail ? array(
			'id'     => $thumbnail,
			'width'  => $meta['width'],
			'height' => $meta['height'],
			// WordPress's own srcset for the full image: only sizes of the original's shape.
			'srcset' => wp_get_attachment_image_srcset( $thumbnail, 'full' ),
			'sizes'  => array_map( fn( $size ) => array( 'width' => $size['width'], 'height' => $size['height'] ), $meta['sizes'] ),
		) : null,
		'related'       => array_map( fn( $other ) => $manifest['posts'][ $other ]['id'], $related[ $name ] ),
		'embeds'        => $embeds[ $name ] ?? array(),
	);
}
$manifest['site'] = array(
	'url'        => home_url(),
	'name'       => get_bloginfo( 'name' ),
	'timezone'   => get_option( 'timezone_string' ),
	'dateFormat' => get_option( 'date_format' ),
	'wordpress'  => get_bloginfo( 'version' ),
	'php'        => PHP_VERSION,
	'database'   => $wpdb->db_server_info(),
);
file_put_contents( $manifest_path, wp_json_encode( $manifest, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . "\n" );
echo "seeded\n";
