/* export-fixture.c: writes the article and sidecar that the export checks
 * (tests/check-export-*.py) hand to diptych-cli export
 *
 * The article has what exporters get wrong: a file name with spaces, “#”
 * and non-ASCII letters, text with ü, é and an emoji before a span, CRLF
 * line ends, a span across a line break, a claim that holds a figure, a
 * note with , " \n and \t, and an orphan: the sidecar was saved for a
 * version of the article with one more sentence, which holds its words.
 *
 * usage: export-fixture DIR — prints the sidecar's path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "diptych-export.h"
#include "diptych-sidecar.h"

#define NAME "Bericht #2 über Café.txt"

#define ARTICLE \
  "🔴 Syrian health officials in Düsseldorf said the attack on the café injured hundreds,\r\n" \
  "killing nearly 90 people, including almost 20 women.\r\n" \
  "\r\n" \
  "“These people did not ask for permission,” Zoë Müller, a witness, added. 👍\r\n"

/* The version the sidecar was saved for: one sentence more. */
#define BEFORE ARTICLE "The minister resigned on Tuesday.\r\n"

static DiptychAnnotation *
add (DiptychAnnotationStore *store,
     DiptychText            *text,
     DiptychAnnotationKind   kind,
     const char             *words)
{
  const char *at = strstr (BEFORE, words);
  DiptychAnnotation *a;
  gsize start;

  g_assert (at != NULL);
  start = g_utf8_pointer_to_offset (BEFORE, at);
  a = diptych_annotation_new (kind, text, start, start + g_utf8_strlen (words, -1));
  diptych_annotation_store_add (store, a);
  g_object_unref (a);
  return a;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) text = NULL;
  g_autoptr(DiptychAnnotationStore) store = NULL;
  g_autoptr(DiptychSidecar) sidecar = NULL;
  g_autoptr(GFile) sidecar_file = NULL;
  g_autofree char *article_path = NULL;
  g_autofree char *sidecar_path = NULL;
  DiptychAnnotation *officials, *witness, *figure, *women, *claim, *quote, *orphan;
  DiptychSource source = { (char *)"Syrian health officials, \"SHO\"", DIPTYCH_SOURCE_OFFICIAL };
  DiptychCasualty casualty = { 0 };
  DiptychClaim claim_attributes = { NULL, DIPTYCH_VERDICT_DISPUTED };

  if (argc != 2)
    {
      fprintf (stderr, "usage: export-fixture DIR\n");
      return 2;
    }

  article_path = g_build_filename (argv[1], NAME, NULL);
  sidecar_path = g_strconcat (article_path, ".annotations.json", NULL);
  text = diptych_text_new_from_string (BEFORE, NAME);
  store = diptych_annotation_store_new (text);

  officials = add (store, text, DIPTYCH_ANNOTATION_SOURCE, "Syrian health officials in Düsseldorf");
  diptych_annotation_set_source (officials, &source);
  diptych_annotation_set_note (officials, "Named, \"SHO\";\nthe ministry\tof health");

  witness = add (store, text, DIPTYCH_ANNOTATION_SOURCE, "Zoë Müller, a witness");
  source.name = (char *)"Zoë Müller";
  source.type = DIPTYCH_SOURCE_WITNESS;
  diptych_annotation_set_source (witness, &source);

  /* Crosses the CRLF. */
  figure = add (store, text, DIPTYCH_ANNOTATION_CASUALTY, "injured hundreds,\r\nkilling nearly 90 people");
  casualty.outcome = DIPTYCH_OUTCOME_KILLED;
  casualty.raw = (char *)"nearly 90";
  casualty.value = 90;
  casualty.low = DIPTYCH_NO_NUMBER;
  casualty.high = 90;
  casualty.qualifier = DIPTYCH_QUALIFIER_AT_MOST;
  casualty.source = (char *)diptych_annotation_get_id (officials);
  diptych_annotation_set_casualty (figure, &casualty);
  diptych_annotation_set_note (figure, "Two figures, \"injured\" and \"killed\";\nsplit later,\tmaybe");

  women = add (store, text, DIPTYCH_ANNOTATION_CASUALTY, "almost 20 women");
  casualty.raw = (char *)"almost 20";
  casualty.value = 20;
  casualty.high = 20;
  casualty.group = DIPTYCH_GROUP_WOMEN;
  casualty.subset_of = (char *)diptych_annotation_get_id (figure);
  diptych_annotation_set_casualty (women, &casualty);

  /* Holds the women figure: overlapping spans. */
  claim = add (store, text, DIPTYCH_ANNOTATION_CLAIM, "killing nearly 90 people, including almost 20 women");
  claim_attributes.speaker = (char *)diptych_annotation_get_id (officials);
  diptych_annotation_set_claim (claim, &claim_attributes);

  quote = add (store, text, DIPTYCH_ANNOTATION_CLAIM, "“These people did not ask for permission,”");
  claim_attributes.speaker = (char *)diptych_annotation_get_id (witness);
  claim_attributes.verdict = DIPTYCH_VERDICT_UNVERIFIED;
  diptych_annotation_set_claim (quote, &claim_attributes);

  orphan = add (store, text, DIPTYCH_ANNOTATION_CLAIM, "The minister resigned on Tuesday.");
  diptych_annotation_set_note (orphan, "Gone from the article");

  sidecar_file = g_file_new_for_path (sidecar_path);
  sidecar = diptych_sidecar_new (store, sidecar_file);
  if (!diptych_sidecar_save (sidecar, NULL, &error) ||
      !g_file_set_contents (article_path, ARTICLE, -1, &error))
    {
      fprintf (stderr, "export-fixture: %s\n", error->message);
      return 1;
    }

  printf ("%s\n", sidecar_path);
  return 0;
}
