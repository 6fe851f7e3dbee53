<?php
/**
 * Plugin Name: medprose test site
 * Description: Copied into wp-content/mu-plugins of the test site that tests/wordpress/harness starts. It stands in for
 * what a real site gets from the web (oEmbed answers) and from a common plugin (lazy-loaded images), and sends no mail.
 */

// The machine has no web (WP_HTTP_BLOCK_EXTERNAL is on): wp_install() and new users would try to send mail.
add_filter( 'pre_wp_mail', '__return_false' );

/**
 * oEmbed answers for the videos the test posts embed, shaped like YouTube's own answer. Any other URL gets `false`,
 * so WordPress leaves it as a link (as it does when a provider does not answer) without trying the network.
 */
function medprose_test_videos() {
	return array(
		'https://www.youtube.com/watch?v=Hf7pQ2xLm4k' => 'Easing hay fever at home: a pharmacist explains',
	);
}

add_filter(
	'pre_oembed_result',
	function ( $result, $url ) {
		$videos = medprose_test_videos();
		if ( ! isset( $videos[ $url ] ) ) {
			return false;
		}
		$id = substr( (string) wp_parse_url( $url, PHP_URL_QUERY ), 2 );
		return sprintf(
			'<iframe title="%s" width="500" height="281" src="https://www.youtube.com/embed/%s?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe>',
			esc_attr( $videos[ $url ] ),
			esc_attr( $id )
		);
	},
	10,
	2
);

/**
 * A lazy-load plugin, as several popular ones do it: on posts with the `medprose_lazyload` meta, every image's `src`
 * becomes a placeholder with the real address in `data-src`, and the real image follows in a `<noscript>` for readers
 * without JavaScript. It runs after WordPress's own image filters, as such plugins do.
 */
add_filter(
	'the_content',
	function ( $content ) {
		$post = get_post();
		if ( ! $post || ! get_post_meta( $post->ID, 'medprose_lazyload', true ) ) {
			return $content;
		}
		return preg_replace_callback(
			'/<img\b[^>]*>/i',
			function ( $match ) {
				$image = $match[0];
				$lazy  = preg_replace( '/\s(src|srcset|sizes)="/i', ' data-$1="', $image );
				$lazy  = preg_replace( '/\sclass="/i', ' class="lazyload ', $lazy, 1, $had_class );
				if ( ! $had_class ) {
					$lazy = preg_replace( '/^<img\b/i', '<img class="lazyload"', $lazy );
				}
				$lazy = preg_replace( '/^<img\b/i', '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"', $lazy );
				return $lazy . '<noscript>' . $image . '</noscript>';
			},
			$content
		);
	},
	99
);
