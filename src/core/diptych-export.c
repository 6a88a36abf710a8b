/* diptych-export.c: annotations in formats other tools read
 *
 * CSV for spreadsheets and pandas, W3C Web Annotation JSON-LD, brat standoff
 * and doccano JSONL for NLP annotation tools. Offsets are code points of the
 * text as stored, which is what brat and doccano (Python strings) count.
 * Orphaned annotations have no place in the text: CSV and the Web
 * Annotations keep them (with their quote), brat and doccano, which only
 * have offsets, leave them out.
 *
 * An export never contradicts itself: the words, the quote and the
 * position of a placed annotation all come from the text as it is now.
 * A changed annotation (its words differ from those the annotator marked
 * and described) says so, with the annotator's words beside the new ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "diptych-export.h"
#include "diptych-sidecar.h"
#include "diptych-text-file.h"

#define DIPTYCH_NAMESPACE "https://github.com/diptych/diptych/ns#"

static const char *format_names[] = { "csv", "w3c", "brat", "doccano" };
static const char *format_extensions[] = { ".csv", ".jsonld", ".ann", ".jsonl" };

const char *
diptych_export_format_to_string (DiptychExportFormat format)
{
  g_return_val_if_fail (format <= DIPTYCH_EXPORT_DOCCANO, NULL);
  return format_names[format];
}

gboolean
diptych_export_format_from_string (const char          *str,
                                   DiptychExportFormat *format)
{
  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (format_names); i++)
    if (g_str_equal (str, format_names[i]))
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * diptych_export_format_extension:
 *
 * Returns: the file name extension of @format, dot included
 */
const char *
diptych_export_format_extension (DiptychExportFormat format)
{
  g_return_val_if_fail (format <= DIPTYCH_EXPORT_DOCCANO, NULL);
  return format_extensions[format];
}

static char *
article_name (DiptychAnnotationStore *store)
{
  DiptychText *text = diptych_annotation_store_get_text (store);
  GFile *file = diptych_text_get_file (text);

  return file ? g_file_get_basename (file) : g_path_get_basename (diptych_text_get_name (text));
}

/* The annotated words: the text there now, or the old quote of an orphan. */
static char *
annotated_text (DiptychAnnotationStore *store,
                DiptychAnnotation      *annotation)
{
  if (diptych_annotation_get_anchor (annotation) == DIPTYCH_ANCHOR_ORPHANED)
    return g_strdup (diptych_annotation_get_exact (annotation));
  return diptych_text_dup_range (diptych_annotation_store_get_text (store),
                                 diptych_annotation_get_start (annotation),
                                 diptych_annotation_get_end (annotation));
}

/* What a link points at, for people: a source's name, or its words. */
static char *
linked_text (DiptychAnnotationStore *store,
             const char             *id)
{
  DiptychAnnotation *target = diptych_annotation_store_lookup (store, id);

  if (target == NULL)
    return g_strdup ("");
  if (diptych_annotation_get_kind (target) == DIPTYCH_ANNOTATION_SOURCE &&
      diptych_annotation_get_source (target)->name[0] != '\0')
    return g_strdup (diptych_annotation_get_source (target)->name);
  return annotated_text (store, target);
}

/* CSV (RFC 4180) */

static void
csv_field (GString    *out,
           const char *value,
           gboolean    last)
{
  if (value == NULL)
    value = "";

  if (strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, value);

  g_string_append (out, last ? "\r\n" : ",");
}

static char *
number_or_empty (gint64 value)
{
  return value == DIPTYCH_NO_NUMBER ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static char *
format_time (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * diptych_export_csv:
 *
 * @options: (nullable): whether to start with a byte-order mark
 *
 * Returns: (transfer full): one row per annotation under a header row,
 *   attributes flattened into columns, RFC 4180 quoting, CRLF line ends
 */
char *
diptych_export_csv (DiptychAnnotationStore     *store,
                    const DiptychExportOptions *options)
{
  static const char *header[] = {
    "article", "id", "kind", "start", "end", "text", "note", "anchor", "previous_text",
    "created", "modified",
    "casualty_outcome", "casualty_raw", "casualty_value", "casualty_low", "casualty_high",
    "casualty_qualifier", "casualty_group", "casualty_subset_of", "casualty_source",
    "casualty_source_text", "source_name", "source_type", "claim_speaker",
    "claim_speaker_text", "claim_verdict",
  };
  g_autofree char *article = NULL;
  GString *out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), NULL);

  article = article_name (store);
  /* Spreadsheets read a CSV without a BOM in the system's code page. */
  if (options != NULL && options->csv_bom)
    g_string_append (out, "\xef\xbb\xbf");
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    csv_field (out, header[i], i + 1 == G_N_ELEMENTS (header));

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);
      DiptychAnnotationKind kind = diptych_annotation_get_kind (a);
      const DiptychCasualty *c = diptych_annotation_get_casualty (a);
      const DiptychSource *s = diptych_annotation_get_source (a);
      const DiptychClaim *cl = diptych_annotation_get_claim (a);
      gboolean is_casualty = kind == DIPTYCH_ANNOTATION_CASUALTY;
      gboolean is_source = kind == DIPTYCH_ANNOTATION_SOURCE;
      gboolean is_claim = kind == DIPTYCH_ANNOTATION_CLAIM;
      /* An orphan has no place in this text: its old offsets would point
       * at other words.
       */
      gboolean placed = diptych_annotation_get_anchor (a) != DIPTYCH_ANCHOR_ORPHANED;
      g_autofree char *start = placed ? g_strdup_printf ("%" G_GSIZE_FORMAT, diptych_annotation_get_start (a)) : NULL;
      g_autofree char *end = placed ? g_strdup_printf ("%" G_GSIZE_FORMAT, diptych_annotation_get_end (a)) : NULL;
      g_autofree char *text = annotated_text (store, a);
      g_autofree char *created = format_time (diptych_annotation_get_created (a));
      g_autofree char *modified = format_time (diptych_annotation_get_modified (a));
      g_autofree char *value = is_casualty ? number_or_empty (c->value) : NULL;
      g_autofree char *low = is_casualty ? number_or_empty (c->low) : NULL;
      g_autofree char *high = is_casualty ? number_or_empty (c->high) : NULL;
      g_autofree char *source_text = is_casualty && c->source ? linked_text (store, c->source) : NULL;
      g_autofree char *speaker_text = is_claim && cl->speaker ? linked_text (store, cl->speaker) : NULL;

      csv_field (out, article, FALSE);
      csv_field (out, diptych_annotation_get_id (a), FALSE);
      csv_field (out, diptych_annotation_kind_to_string (kind), FALSE);
      csv_field (out, start, FALSE);
      csv_field (out, end, FALSE);
      csv_field (out, text, FALSE);
      csv_field (out, diptych_annotation_get_note (a), FALSE);
      csv_field (out, diptych_anchor_status_to_string (diptych_annotation_get_anchor (a)), FALSE);
      csv_field (out, diptych_annotation_get_previous_exact (a), FALSE);
      csv_field (out, created, FALSE);
      csv_field (out, modified, FALSE);
      csv_field (out, is_casualty ? diptych_outcome_to_string (c->outcome) : NULL, FALSE);
      csv_field (out, is_casualty ? c->raw : NULL, FALSE);
      csv_field (out, value, FALSE);
      csv_field (out, low, FALSE);
      csv_field (out, high, FALSE);
      csv_field (out, is_casualty ? diptych_qualifier_to_string (c->qualifier) : NULL, FALSE);
      csv_field (out, is_casualty ? diptych_group_to_string (c->group) : NULL, FALSE);
      csv_field (out, is_casualty ? c->subset_of : NULL, FALSE);
      csv_field (out, is_casualty ? c->source : NULL, FALSE);
      csv_field (out, source_text, FALSE);
      csv_field (out, is_source ? s->name : NULL, FALSE);
      csv_field (out, is_source ? diptych_source_type_to_string (s->type) : NULL, FALSE);
      csv_field (out, is_claim ? cl->speaker : NULL, FALSE);
      csv_field (out, speaker_text, FALSE);
      csv_field (out, is_claim ? diptych_verdict_to_string (cl->verdict) : NULL, TRUE);
    }

  return g_string_free (out, FALSE);
}

/* W3C Web Annotation */

static void
add_member_string (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_link (JsonBuilder *builder,
          const char  *name,
          const char  *id)
{
  g_autofree char *urn = NULL;

  if (id == NULL)
    return;
  urn = g_strconcat ("urn:uuid:", id, NULL);
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  add_member_string (builder, "id", urn);
  json_builder_end_object (builder);
}

static void
add_count (JsonBuilder *builder,
           const char  *name,
           gint64       value)
{
  if (value == DIPTYCH_NO_NUMBER)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_quote_selector (JsonBuilder *builder,
                    const char  *exact,
                    const char  *prefix,
                    const char  *suffix)
{
  json_builder_begin_object (builder);
  add_member_string (builder, "type", "TextQuoteSelector");
  add_member_string (builder, "exact", exact);
  add_member_string (builder, "prefix", prefix ? prefix : "");
  add_member_string (builder, "suffix", suffix ? suffix : "");
  json_builder_end_object (builder);
}

/* The model's SHOULDs for every body: who made it and when. */
static void
add_provenance (JsonBuilder                *builder,
                const DiptychExportOptions *options,
                const char                 *created)
{
  if (options->creator != NULL && options->creator[0] != '\0')
    {
      json_builder_set_member_name (builder, "creator");
      json_builder_begin_object (builder);
      add_member_string (builder, "type", "Person");
      add_member_string (builder, "name", options->creator);
      json_builder_end_object (builder);
    }
  add_member_string (builder, "created", created);
}

static void
add_textual_body (JsonBuilder                *builder,
                  const DiptychExportOptions *options,
                  const char                 *purpose,
                  const char                 *value,
                  const char                 *created)
{
  json_builder_begin_object (builder);
  add_member_string (builder, "type", "TextualBody");
  add_member_string (builder, "purpose", purpose);
  add_member_string (builder, "value", value);
  add_member_string (builder, "format", "text/plain");
  add_provenance (builder, options, created);
}

static void
append_pair (GString    *summary,
             const char *name,
             const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;
  g_string_append_printf (summary, "%s%s: %s", summary->len ? "; " : "", name, value);
}

static void
append_number (GString    *summary,
               const char *name,
               gint64      value)
{
  g_autofree char *number = number_or_empty (value);

  append_pair (summary, name, number);
}

/* The attributes as words, for the body's `value`: a reader that knows
 * nothing of the Diptych namespace still sees what the annotator said.
 */
static char *
attributes_summary (DiptychAnnotationStore *store,
                    DiptychAnnotation      *a)
{
  const DiptychCasualty *c = diptych_annotation_get_casualty (a);
  const DiptychSource *s = diptych_annotation_get_source (a);
  const DiptychClaim *cl = diptych_annotation_get_claim (a);
  GString *summary = g_string_new (NULL);

  switch (diptych_annotation_get_kind (a))
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      {
        g_autofree char *source = c->source ? linked_text (store, c->source) : NULL;

        append_pair (summary, "outcome", diptych_outcome_to_string (c->outcome));
        append_pair (summary, "raw", c->raw);
        append_number (summary, "value", c->value);
        append_number (summary, "low", c->low);
        append_number (summary, "high", c->high);
        append_pair (summary, "qualifier", diptych_qualifier_to_string (c->qualifier));
        append_pair (summary, "group", diptych_group_to_string (c->group));
        append_pair (summary, "source", source);
      }
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      append_pair (summary, "name", s->name);
      append_pair (summary, "type", diptych_source_type_to_string (s->type));
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      {
        g_autofree char *speaker = cl->speaker ? linked_text (store, cl->speaker) : NULL;

        append_pair (summary, "speaker", speaker);
        append_pair (summary, "verdict", diptych_verdict_to_string (cl->verdict));
      }
      break;
    default:
      g_assert_not_reached ();
    }
  append_pair (summary, "anchor", diptych_anchor_status_to_string (diptych_annotation_get_anchor (a)));
  append_pair (summary, "previous", diptych_annotation_get_previous_exact (a));

  return g_string_free (summary, FALSE);
}

/* The attributes describe the words the annotator marked: for a changed
 * annotation those are not the target's words, so they go along, as a
 * quote of the text as it was. The body is a TextualBody (the model knows
 * no body without a value, an id or a source), its value the attributes
 * in words, the attributes themselves in the Diptych namespace.
 */
static void
add_attributes_body (JsonBuilder                *builder,
                     const DiptychExportOptions *options,
                     DiptychAnnotationStore     *store,
                     DiptychAnnotation          *a,
                     const char                 *created)
{
  const DiptychCasualty *c = diptych_annotation_get_casualty (a);
  const DiptychSource *s = diptych_annotation_get_source (a);
  const DiptychClaim *cl = diptych_annotation_get_claim (a);
  g_autofree char *summary = attributes_summary (store, a);

  add_textual_body (builder, options, "describing", summary, created);
  add_member_string (builder, "diptych:anchor",
                     diptych_anchor_status_to_string (diptych_annotation_get_anchor (a)));
  if (diptych_annotation_get_previous_exact (a) != NULL)
    {
      json_builder_set_member_name (builder, "diptych:previousQuote");
      add_quote_selector (builder, diptych_annotation_get_previous_exact (a),
                          diptych_annotation_get_previous_prefix (a),
                          diptych_annotation_get_previous_suffix (a));
    }
  switch (diptych_annotation_get_kind (a))
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      add_member_string (builder, "diptych:outcome", diptych_outcome_to_string (c->outcome));
      add_member_string (builder, "diptych:raw", c->raw ? c->raw : "");
      add_count (builder, "diptych:value", c->value);
      add_count (builder, "diptych:low", c->low);
      add_count (builder, "diptych:high", c->high);
      add_member_string (builder, "diptych:qualifier", diptych_qualifier_to_string (c->qualifier));
      add_member_string (builder, "diptych:group", diptych_group_to_string (c->group));
      add_link (builder, "diptych:subsetOf", c->subset_of);
      add_link (builder, "diptych:source", c->source);
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      add_member_string (builder, "diptych:name", s->name);
      add_member_string (builder, "diptych:sourceType", diptych_source_type_to_string (s->type));
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      add_link (builder, "diptych:speaker", cl->speaker);
      add_member_string (builder, "diptych:verdict", diptych_verdict_to_string (cl->verdict));
      break;
    default:
      g_assert_not_reached ();
    }
  json_builder_end_object (builder);
}

static const DiptychExportOptions default_options = { 0 };

/**
 * diptych_export_w3c:
 * @options: (nullable): the creator and the articles' language
 *
 * Returns: (transfer full): a W3C Web Annotation AnnotationCollection
 *   (JSON-LD) with one page holding every annotation: the kind as a tagging
 *   body, the note as a commenting body, the attributes as a describing
 *   body (a TextualBody, with the attributes in the Diptych namespace), and
 *   a TextQuoteSelector and a TextPositionSelector on the article
 */
char *
diptych_export_w3c (DiptychAnnotationStore     *store,
                    const DiptychExportOptions *options)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *article = NULL;
  g_autofree char *source = NULL;
  g_autofree char *label = NULL;
  g_autofree char *collection_id = NULL;
  g_autofree char *page_id = NULL;
  g_autofree char *data = NULL;
  GFile *file;
  guint n;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), NULL);

  if (options == NULL)
    options = &default_options;

  article = article_name (store);
  file = diptych_text_get_file (diptych_annotation_store_get_text (store));
  if (file != NULL)
    source = g_file_get_uri (file);
  else
    {
      g_autofree char *escaped = g_uri_escape_string (article, NULL, FALSE);

      source = g_strconcat ("urn:diptych:article:", escaped, NULL);
    }
  label = g_strdup_printf ("Annotations of %s", article);
  /* One fragment each: an IRI has at most one “#”. */
  collection_id = g_strconcat (source, "#annotations", NULL);
  page_id = g_strconcat (source, "#annotations-page1", NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@context");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "http://www.w3.org/ns/anno.jsonld");
  json_builder_begin_object (builder);
  add_member_string (builder, "diptych", DIPTYCH_NAMESPACE);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  add_member_string (builder, "id", collection_id);
  add_member_string (builder, "type", "AnnotationCollection");
  add_member_string (builder, "label", label);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, n);
  add_member_string (builder, "last", page_id);
  json_builder_set_member_name (builder, "first");
  json_builder_begin_object (builder);
  add_member_string (builder, "id", page_id);
  add_member_string (builder, "type", "AnnotationPage");
  add_member_string (builder, "partOf", collection_id);
  json_builder_set_member_name (builder, "startIndex");
  json_builder_add_int_value (builder, 0);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autofree char *id = g_strconcat ("urn:uuid:", diptych_annotation_get_id (a), NULL);
      g_autofree char *created = format_time (diptych_annotation_get_created (a));
      g_autofree char *modified = format_time (diptych_annotation_get_modified (a));
      const char *note = diptych_annotation_get_note (a);

      json_builder_begin_object (builder);
      add_member_string (builder, "id", id);
      add_member_string (builder, "type", "Annotation");
      add_member_string (builder, "motivation", "tagging");
      add_provenance (builder, options, created);
      add_member_string (builder, "modified", modified);
      json_builder_set_member_name (builder, "generator");
      json_builder_begin_object (builder);
      add_member_string (builder, "id", "https://github.com/diptych/diptych");
      add_member_string (builder, "type", "Software");
      add_member_string (builder, "name", "Diptych " PACKAGE_VERSION);
      json_builder_end_object (builder);

      json_builder_set_member_name (builder, "body");
      json_builder_begin_array (builder);
      add_textual_body (builder, options, "tagging",
                        diptych_annotation_kind_to_string (diptych_annotation_get_kind (a)), created);
      json_builder_end_object (builder);
      if (note[0] != '\0')
        {
          add_textual_body (builder, options, "commenting", note, modified);
          json_builder_end_object (builder);
        }
      add_attributes_body (builder, options, store, a, modified);
      json_builder_end_array (builder);

      json_builder_set_member_name (builder, "target");
      json_builder_begin_object (builder);
      add_member_string (builder, "type", "SpecificResource");
      json_builder_set_member_name (builder, "source");
      json_builder_begin_object (builder);
      add_member_string (builder, "id", source);
      add_member_string (builder, "type", "Text");
      add_member_string (builder, "format", "text/plain");
      if (options->language != NULL && options->language[0] != '\0')
        add_member_string (builder, "language", options->language);
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "selector");
      json_builder_begin_array (builder);
      if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_ORPHANED)
        add_quote_selector (builder, diptych_annotation_get_exact (a),
                            diptych_annotation_get_prefix (a), diptych_annotation_get_suffix (a));
      else
        {
          g_autofree char *exact = NULL;
          g_autofree char *prefix = NULL;
          g_autofree char *suffix = NULL;

          /* The quote and the position select the same words. */
          diptych_anchor_make_quote (diptych_annotation_store_get_text (store),
                                     diptych_annotation_get_start (a), diptych_annotation_get_end (a),
                                     &exact, &prefix, &suffix);
          add_quote_selector (builder, exact, prefix, suffix);

          json_builder_begin_object (builder);
          add_member_string (builder, "type", "TextPositionSelector");
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, diptych_annotation_get_start (a));
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, diptych_annotation_get_end (a));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  data = json_generator_to_data (generator, NULL);

  return g_strconcat (data, "\n", NULL);
}

/* brat standoff */

static const char *
brat_label (DiptychAnnotationKind kind)
{
  switch (kind)
    {
    case DIPTYCH_ANNOTATION_SOURCE:   return "Source";
    case DIPTYCH_ANNOTATION_CLAIM:    return "Claim";
    case DIPTYCH_ANNOTATION_CASUALTY: return "Casualty";
    default:                          g_return_val_if_reached ("Annotation");
    }
}

/* The text brat gets, and where an offset of the article lands in it. With
 * brat_lf, CRLF and CR become LF: @removed holds, in order, the offsets of
 * the CRs dropped, and an offset moves back by the number dropped before it.
 */
typedef struct
{
  DiptychText *text;
  GArray      *removed;
} BratText;

static void
brat_text_clear (BratText *bt)
{
  g_clear_object (&bt->text);
  g_clear_pointer (&bt->removed, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BratText, brat_text_clear)

static void
brat_text_init (BratText                   *bt,
                DiptychAnnotationStore     *store,
                const DiptychExportOptions *options)
{
  DiptychText *text = diptych_annotation_store_get_text (store);
  const char *contents = diptych_text_get_contents (text, NULL);
  g_autoptr(GString) lf = NULL;
  gsize offset = 0;

  bt->removed = g_array_new (FALSE, FALSE, sizeof (gsize));
  if (options == NULL || !options->brat_lf || strchr (contents, '\r') == NULL)
    {
      bt->text = g_object_ref (text);
      return;
    }

  lf = g_string_sized_new (strlen (contents));
  for (const char *p = contents; *p; p = g_utf8_next_char (p), offset++)
    {
      if (p[0] == '\r' && p[1] == '\n')
        g_array_append_val (bt->removed, offset);
      else if (p[0] == '\r')
        g_string_append_c (lf, '\n');
      else
        g_string_append_len (lf, p, g_utf8_next_char (p) - p);
    }
  bt->text = diptych_text_new_from_string (lf->str, diptych_text_get_name (text));
}

static gsize
brat_offset (const BratText *bt,
             gsize           offset)
{
  guint low = 0, high = bt->removed->len;

  /* The number of removed CRs before @offset. */
  while (low < high)
    {
      guint mid = (low + high) / 2;

      if (g_array_index (bt->removed, gsize, mid) < offset)
        low = mid + 1;
      else
        high = mid;
    }
  return offset - low;
}

/* brat wants a span that crosses lines as fragments, one per line, and the
 * text field as the fragments joined by spaces.
 */
static void
brat_span (GString     *out,
           DiptychText *text,
           gsize        start,
           gsize        end)
{
  g_autofree char *words = diptych_text_dup_range (text, start, end);
  g_autoptr(GString) joined = g_string_new (NULL);
  gsize fragment_start = start, offset = start;
  gboolean first = TRUE;

  for (const char *p = words;; p = g_utf8_next_char (p), offset++)
    {
      gboolean at_end = *p == '\0';
      gboolean line_break = *p == '\n' || *p == '\r';

      if (at_end || line_break)
        {
          if (offset > fragment_start)
            {
              g_autofree char *fragment = diptych_text_dup_range (text, fragment_start, offset);

              g_string_append_printf (out, "%s%" G_GSIZE_FORMAT " %" G_GSIZE_FORMAT,
                                      first ? " " : ";", fragment_start, offset);
              if (!first)
                g_string_append_c (joined, ' ');
              g_string_append (joined, fragment);
              first = FALSE;
            }
          fragment_start = offset + 1;
        }
      if (at_end)
        break;
    }

  g_string_append_printf (out, "\t%s\n", joined->str);
}

/* A span brat can show: placed, and not only line breaks. */
static gboolean
brat_placed (DiptychAnnotation *a)
{
  return diptych_annotation_get_anchor (a) != DIPTYCH_ANCHOR_ORPHANED &&
         diptych_annotation_get_start (a) < diptych_annotation_get_end (a);
}

/**
 * diptych_export_brat:
 * @options: (nullable): with brat_lf, the offsets of the LF text
 *
 * Returns: (transfer full): the `.ann` file for brat: a T line per placed
 *   annotation, A lines for its attributes, R lines for links (a claim's
 *   speaker, a figure's source and the figure it is part of), # lines for
 *   notes. The article goes beside it as diptych_export_brat_text() gives
 *   it, as the `.txt`, and diptych_export_brat_conf() as `annotation.conf`.
 */
char *
diptych_export_brat (DiptychAnnotationStore     *store,
                     const DiptychExportOptions *options)
{
  g_autoptr(GHashTable) t_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_auto(BratText) bt = { NULL, NULL };
  GString *out = g_string_new (NULL);
  guint n, t = 0, attr = 0, rel = 0, note = 0;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), NULL);

  brat_text_init (&bt, store, options);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);
      gsize start, end;
      char *tid;

      if (!brat_placed (a))
        continue;
      start = brat_offset (&bt, diptych_annotation_get_start (a));
      end = brat_offset (&bt, diptych_annotation_get_end (a));
      if (start == end)
        continue;

      tid = g_strdup_printf ("T%u", ++t);
      g_hash_table_insert (t_ids, (gpointer)diptych_annotation_get_id (a), tid);
      g_string_append_printf (out, "%s\t%s", tid, brat_label (diptych_annotation_get_kind (a)));
      brat_span (out, bt.text, start, end);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);
      const char *tid = g_hash_table_lookup (t_ids, diptych_annotation_get_id (a));
      const DiptychCasualty *c = diptych_annotation_get_casualty (a);
      const char *target;

      if (tid == NULL)
        continue;

#define ATTRIBUTE(name, value) \
  g_string_append_printf (out, "A%u\t%s %s %s\n", ++attr, name, tid, value)
#define RELATION(name, to) \
  if ((to) != NULL && (target = g_hash_table_lookup (t_ids, (to))) != NULL) \
    g_string_append_printf (out, "R%u\t%s Arg1:%s Arg2:%s\n", ++rel, name, tid, target)

      switch (diptych_annotation_get_kind (a))
        {
        case DIPTYCH_ANNOTATION_CASUALTY:
          ATTRIBUTE ("Outcome", diptych_outcome_to_string (c->outcome));
          ATTRIBUTE ("Qualifier", diptych_qualifier_to_string (c->qualifier));
          ATTRIBUTE ("Group", diptych_group_to_string (c->group));
          RELATION ("AttributedTo", c->source);
          RELATION ("PartOf", c->subset_of);
          break;
        case DIPTYCH_ANNOTATION_SOURCE:
          ATTRIBUTE ("SourceType", diptych_source_type_to_string (diptych_annotation_get_source (a)->type));
          break;
        case DIPTYCH_ANNOTATION_CLAIM:
          ATTRIBUTE ("Verdict", diptych_verdict_to_string (diptych_annotation_get_claim (a)->verdict));
          RELATION ("SaidBy", diptych_annotation_get_claim (a)->speaker);
          break;
        default:
          g_assert_not_reached ();
        }
#undef ATTRIBUTE
#undef RELATION

      /* Numbers and free text have no place in brat's categorical
       * attributes: they go in the annotator's notes.
       */
      {
        g_autoptr(GString) notes = g_string_new (diptych_annotation_get_note (a));

        if (diptych_annotation_get_kind (a) == DIPTYCH_ANNOTATION_CASUALTY)
          {
            g_autofree char *value = number_or_empty (c->value);
            g_autofree char *low = number_or_empty (c->low);
            g_autofree char *high = number_or_empty (c->high);

            g_string_append_printf (notes, "%svalue=%s low=%s high=%s",
                                    notes->len ? " | " : "", value, low, high);
          }
        else if (diptych_annotation_get_kind (a) == DIPTYCH_ANNOTATION_SOURCE &&
                 diptych_annotation_get_source (a)->name[0] != '\0')
          g_string_append_printf (notes, "%sname=%s", notes->len ? " | " : "",
                                  diptych_annotation_get_source (a)->name);

        /* The attributes above describe the annotator's words, not these. */
        if (diptych_annotation_get_previous_exact (a) != NULL)
          g_string_append_printf (notes, "%sanchor=changed previous=%s", notes->len ? " | " : "",
                                  diptych_annotation_get_previous_exact (a));

        g_strdelimit (notes->str, "\t\r\n", ' ');
        if (notes->len > 0)
          g_string_append_printf (out, "#%u\tAnnotatorNotes %s\t%s\n", ++note, tid, notes->str);
      }
    }

  return g_string_free (out, FALSE);
}

/**
 * diptych_export_brat_text:
 * @options: (nullable): with brat_lf, LF line ends
 * @length: (out): the length of the result in bytes
 *
 * Returns: (transfer full): the article for brat's `.txt`: as stored, or
 *   with every CRLF and CR turned into LF, to go with the `.ann` of the
 *   same @options
 */
char *
diptych_export_brat_text (DiptychAnnotationStore     *store,
                          const DiptychExportOptions *options,
                          gsize                      *length)
{
  g_auto(BratText) bt = { NULL, NULL };
  const char *contents;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), NULL);
  g_return_val_if_fail (length != NULL, NULL);

  brat_text_init (&bt, store, options);
  contents = diptych_text_get_contents (bt.text, length);
  return g_memdup2 (contents, *length + 1);
}

#define STRINGS_OF(to_string, first, last, out) \
  G_STMT_START { \
    for (int v_ = (first); v_ <= (last); v_++) \
      g_string_append_printf ((out), "%s%s", v_ == (first) ? "" : "|", to_string (v_)); \
  } G_STMT_END

/**
 * diptych_export_brat_conf:
 *
 * Returns: (transfer full): brat's `annotation.conf` for every `.ann` that
 *   diptych_export_brat() writes: the three entity types, the relations
 *   with their argument types, the attributes with all their values, no
 *   events, and any overlap allowed (a claim holds the figures it states)
 */
char *
diptych_export_brat_conf (void)
{
  GString *out = g_string_new (NULL);

  g_string_append (out,
                   "# brat configuration of Diptych's exports\n"
                   "[entities]\n"
                   "Source\n"
                   "Claim\n"
                   "Casualty\n"
                   "\n"
                   "[relations]\n"
                   "SaidBy\tArg1:Claim, Arg2:Source\n"
                   "AttributedTo\tArg1:Casualty, Arg2:Source\n"
                   "PartOf\tArg1:Casualty, Arg2:Casualty\n"
                   "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
                   "\n"
                   "[events]\n"
                   "\n"
                   "[attributes]\n");
  g_string_append (out, "Outcome\tArg:Casualty, Value:");
  STRINGS_OF (diptych_outcome_to_string, DIPTYCH_OUTCOME_KILLED, DIPTYCH_OUTCOME_DISPLACED, out);
  g_string_append (out, "\nQualifier\tArg:Casualty, Value:");
  STRINGS_OF (diptych_qualifier_to_string, DIPTYCH_QUALIFIER_EXACT, DIPTYCH_QUALIFIER_VAGUE, out);
  g_string_append (out, "\nGroup\tArg:Casualty, Value:");
  STRINGS_OF (diptych_group_to_string, DIPTYCH_GROUP_PEOPLE, DIPTYCH_GROUP_OTHER, out);
  g_string_append (out, "\nSourceType\tArg:Source, Value:");
  STRINGS_OF (diptych_source_type_to_string, DIPTYCH_SOURCE_OFFICIAL, DIPTYCH_SOURCE_OTHER, out);
  g_string_append (out, "\nVerdict\tArg:Claim, Value:");
  STRINGS_OF (diptych_verdict_to_string, DIPTYCH_VERDICT_UNVERIFIED, DIPTYCH_VERDICT_FALSE, out);
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}

#undef STRINGS_OF

/**
 * diptych_export_brat_visual_conf:
 *
 * Returns: (transfer full): brat's `visual.conf`: the app's labels and
 *   colours (sources blue, claims yellow, casualty figures red)
 */
char *
diptych_export_brat_visual_conf (void)
{
  return g_strdup ("# brat display settings of Diptych's exports\n"
                   "[labels]\n"
                   "Source | Source | Src\n"
                   "Claim | Claim | Clm\n"
                   "Casualty | Casualty figure | Casualty | Cas\n"
                   "SaidBy | said by\n"
                   "AttributedTo | attributed to\n"
                   "PartOf | part of\n"
                   "SourceType | source type\n"
                   "\n"
                   "[drawing]\n"
                   "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n"
                   "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n"
                   "ATTRIBUTE_DEFAULT\tglyph:*\n"
                   "Source\tbgColor:#99c1f1, borderColor:#1c71d8\n"
                   "Claim\tbgColor:#f8e45c, borderColor:#e5a50a\n"
                   "Casualty\tbgColor:#f66151, borderColor:#c01c28\n"
                   "SaidBy\tcolor:#1c71d8\n"
                   "AttributedTo\tcolor:#1c71d8\n"
                   "PartOf\tcolor:#c01c28, dashArray:3-3\n");
}

/* doccano */

/* doccano guesses a file's encoding with chardet, which takes UTF-8 with
 * few non-ASCII characters for a single-byte code page and shifts every
 * offset after them. JSON written in ASCII, every other character as a
 * \u escape (surrogate pairs beyond the BMP), is read the same whatever
 * the guess. Outside strings JSON is ASCII, so escaping the whole text is
 * safe.
 */
static char *
json_to_ascii (const char *json)
{
  GString *out = g_string_sized_new (strlen (json));

  for (const char *p = json; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        g_string_append_c (out, (char)c);
      else if (c < 0x10000)
        g_string_append_printf (out, "\\u%04x", c);
      else
        {
          c -= 0x10000;
          g_string_append_printf (out, "\\u%04x\\u%04x", 0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
        }
    }
  return g_string_free (out, FALSE);
}

static const char *
doccano_relation (DiptychAnnotation *a,
                  const char       **to)
{
  const DiptychCasualty *c = diptych_annotation_get_casualty (a);

  switch (diptych_annotation_get_kind (a))
    {
    case DIPTYCH_ANNOTATION_CLAIM:
      to[0] = diptych_annotation_get_claim (a)->speaker;
      return "SaidBy";
    case DIPTYCH_ANNOTATION_CASUALTY:
      to[0] = c->source;
      to[1] = c->subset_of;
      return "AttributedTo";
    case DIPTYCH_ANNOTATION_SOURCE:
    default:
      return NULL;
    }
}

static void
doccano_relations (JsonBuilder            *builder,
                   DiptychAnnotationStore *store,
                   GHashTable             *entity_ids)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint id = 0;

  json_builder_set_member_name (builder, "relations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);
      const char *to[2] = { NULL, NULL };
      const char *type = doccano_relation (a, to);
      gpointer from_id = g_hash_table_lookup (entity_ids, diptych_annotation_get_id (a));

      for (guint k = 0; k < G_N_ELEMENTS (to) && type != NULL && from_id != NULL; k++)
        {
          gpointer to_id = to[k] ? g_hash_table_lookup (entity_ids, to[k]) : NULL;

          if (to_id == NULL)
            continue;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, ++id);
          json_builder_set_member_name (builder, "from_id");
          json_builder_add_int_value (builder, GPOINTER_TO_UINT (from_id));
          json_builder_set_member_name (builder, "to_id");
          json_builder_add_int_value (builder, GPOINTER_TO_UINT (to_id));
          add_member_string (builder, "type", k == 1 ? "PartOf" : type);
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);
}

/**
 * diptych_export_doccano:
 * @options: (nullable): with doccano_relations, entities and relations
 *
 * Returns: (transfer full): one JSON line in ASCII (other characters as
 *   \u escapes): the article's text and a label [start, end, "Kind"] per
 *   placed annotation; or, with doccano_relations, `entities` (id, label,
 *   start_offset, end_offset) and `relations` (id, from_id, to_id, type)
 *   as doccano's relation extraction imports them
 */
char *
diptych_export_doccano (DiptychAnnotationStore     *store,
                        const DiptychExportOptions *options)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) entity_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *data = NULL;
  g_autofree char *ascii = NULL;
  gboolean relations = options != NULL && options->doccano_relations;
  DiptychText *text;
  guint n, entity = 0;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), NULL);

  text = diptych_annotation_store_get_text (store);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));

  json_builder_begin_object (builder);
  add_member_string (builder, "text", diptych_text_get_contents (text, NULL));
  json_builder_set_member_name (builder, relations ? "entities" : "label");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);
      const char *label = brat_label (diptych_annotation_get_kind (a));

      if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_ORPHANED)
        continue;
      if (relations)
        {
          g_hash_table_insert (entity_ids, (gpointer)diptych_annotation_get_id (a),
                               GUINT_TO_POINTER (++entity));
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, entity);
          add_member_string (builder, "label", label);
          json_builder_set_member_name (builder, "start_offset");
          json_builder_add_int_value (builder, diptych_annotation_get_start (a));
          json_builder_set_member_name (builder, "end_offset");
          json_builder_add_int_value (builder, diptych_annotation_get_end (a));
          json_builder_end_object (builder);
        }
      else
        {
          json_builder_begin_array (builder);
          json_builder_add_int_value (builder, diptych_annotation_get_start (a));
          json_builder_add_int_value (builder, diptych_annotation_get_end (a));
          json_builder_add_string_value (builder, label);
          json_builder_end_array (builder);
        }
    }
  json_builder_end_array (builder);
  if (relations)
    doccano_relations (builder, store, entity_ids);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, NULL);
  ascii = json_to_ascii (data);
  return g_strconcat (ascii, "\n", NULL);
}

typedef struct
{
  gsize start;
  gsize end;
} Span;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

/**
 * diptych_export_count_overlaps:
 *
 * doccano's importer drops spans that overlap unless the project allows
 * overlapping spans: this counts the placed annotations that overlap
 * another one (a claim that holds a figure counts as two).
 *
 * Returns: the number of placed annotations that overlap another
 */
guint
diptych_export_count_overlaps (DiptychAnnotationStore *store)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autofree gboolean *overlapping = NULL;
  guint n, count = 0;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);
      Span span = { diptych_annotation_get_start (a), diptych_annotation_get_end (a) };

      if (diptych_annotation_get_anchor (a) != DIPTYCH_ANCHOR_ORPHANED && span.start < span.end)
        g_array_append_val (spans, span);
    }
  g_array_sort (spans, compare_spans);

  overlapping = g_new0 (gboolean, spans->len);
  for (guint i = 0; i < spans->len; i++)
    for (guint k = i + 1; k < spans->len; k++)
      {
        if (g_array_index (spans, Span, k).start >= g_array_index (spans, Span, i).end)
          break;
        overlapping[i] = overlapping[k] = TRUE;
      }
  for (guint i = 0; i < spans->len; i++)
    count += overlapping[i];
  return count;
}

/**
 * diptych_export:
 * @options: (nullable): how to write it
 *
 * Returns: (transfer full): @store in @format
 */
char *
diptych_export (DiptychAnnotationStore     *store,
                DiptychExportFormat         format,
                const DiptychExportOptions *options)
{
  switch (format)
    {
    case DIPTYCH_EXPORT_CSV:     return diptych_export_csv (store, options);
    case DIPTYCH_EXPORT_W3C:     return diptych_export_w3c (store, options);
    case DIPTYCH_EXPORT_BRAT:    return diptych_export_brat (store, options);
    case DIPTYCH_EXPORT_DOCCANO: return diptych_export_doccano (store, options);
    default:                     g_return_val_if_reached (NULL);
    }
}

/**
 * diptych_export_stem:
 *
 * Returns: (transfer full): the name diptych_export_to_folder() gives the
 *   files of @store, before their extension: `story` for `story.txt`
 */
char *
diptych_export_stem (DiptychAnnotationStore *store)
{
  char *name = article_name (store);
  char *dot = strrchr (name, '.');

  if (dot != NULL && dot != name)
    *dot = '\0';
  return name;
}

/* Whether @file is the article itself (the same file, under any name). */
static gboolean
is_article (GFile                  *file,
            DiptychAnnotationStore *store)
{
  GFile *article = diptych_text_get_file (diptych_annotation_store_get_text (store));
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *article_path = article ? g_file_get_path (article) : NULL;
  GStatBuf a, b;

  if (article == NULL)
    return FALSE;
  if (g_file_equal (file, article))
    return TRUE;
  return path != NULL && article_path != NULL && g_stat (path, &a) == 0 &&
         g_stat (article_path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static gboolean
write_child (DiptychAnnotationStore  *store,
             GFile                   *folder,
             const char              *name,
             const char              *contents,
             gsize                    length,
             GError                 **error)
{
  g_autoptr(GFile) file = g_file_get_child (folder, name);

  if (is_article (file, store))
    {
      g_autofree char *display = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” is the article itself: an export never overwrites it"), display);
      return FALSE;
    }

  /* Atomic: a failed write leaves no partial file behind. */
  return g_file_replace_contents (file, contents, length, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

/* brat's configuration is the same for every article of a folder:
 * writing it again replaces it with the same bytes.
 */
static gboolean
write_brat_conf (GFile   *folder,
                 GError **error)
{
  g_autofree char *conf = diptych_export_brat_conf ();
  g_autofree char *visual = diptych_export_brat_visual_conf ();
  g_autoptr(GFile) conf_file = g_file_get_child (folder, "annotation.conf");
  g_autoptr(GFile) visual_file = g_file_get_child (folder, "visual.conf");

  return g_file_replace_contents (conf_file, conf, strlen (conf), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error) &&
         g_file_replace_contents (visual_file, visual, strlen (visual), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

/**
 * diptych_export_to_folder:
 * @options: (nullable): how to write it
 * @folder: an existing folder
 *
 * Writes the export of @store into @folder as ARTICLE.csv, ARTICLE.jsonld,
 * ARTICLE.jsonl, or (brat) ARTICLE.ann beside a copy of the article as
 * ARTICLE.txt and brat's annotation.conf and visual.conf, each file
 * atomically. Never over the article itself (a brat export into the
 * article's own folder): that is an error.
 *
 * Returns: whether everything was written
 */
gboolean
diptych_export_to_folder (DiptychAnnotationStore     *store,
                          DiptychExportFormat         format,
                          const DiptychExportOptions *options,
                          GFile                      *folder,
                          GError                    **error)
{
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  stem = diptych_export_stem (store);
  name = g_strconcat (stem, diptych_export_format_extension (format), NULL);
  data = diptych_export (store, format, options);

  if (format == DIPTYCH_EXPORT_BRAT)
    {
      g_autofree char *txt = g_strconcat (stem, ".txt", NULL);
      gsize length;
      g_autofree char *contents = diptych_export_brat_text (store, options, &length);

      if (!write_child (store, folder, txt, contents, length, error) ||
          !write_brat_conf (folder, error))
        return FALSE;
    }

  return write_child (store, folder, name, data, strlen (data), error);
}
