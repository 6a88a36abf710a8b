/* fuzz-casualty.c: a phrase → casualty parser → saved → loaded again
 *
 * Whatever the parser makes must be a figure a sidecar can hold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "diptych-casualty-parser.h"
#include "diptych-sidecar.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *phrase = g_strndup ((const char *)data, size);
  g_autoptr(DiptychText) text = NULL;
  g_autoptr(DiptychAnnotation) annotation = NULL;
  g_autoptr(DiptychAnnotation) back = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) node_again = NULL;
  g_autoptr(GError) error = NULL;
  DiptychCasualty casualty;

  if (!g_utf8_validate (phrase, -1, NULL))
    return 0;

  diptych_casualty_parse (phrase, &casualty);
  g_assert_true (diptych_casualty_is_valid (&casualty));
  g_assert_true (g_utf8_validate (casualty.raw, -1, NULL));

  text = diptych_text_new_from_string ("killing nearly 90 people", NULL);
  annotation = diptych_annotation_new (DIPTYCH_ANNOTATION_CASUALTY, text, 0, 7);
  diptych_annotation_set_casualty (annotation, &casualty);
  diptych_casualty_clear (&casualty);

  node = diptych_annotation_to_json (annotation);
  back = diptych_annotation_new_from_json (json_node_get_object (node), &error);
  if (back == NULL)
    g_error ("a parsed figure does not read back: %s", error->message);
  node_again = diptych_annotation_to_json (back);
  g_assert_true (json_node_equal (node, node_again));
  return 0;
}
