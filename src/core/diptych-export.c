/* diptych-export.c: annotations in formats other tools read
 *
 * CSV for spreadsheets and pandas, W3C Web Annotation JSON-LD, brat standoff
 * and doccano JSONL for NLP annotation tools. Offsets are code points of the
 * text as stored, which is what brat and doccano (Python strings) count.
 * Orphaned annotations have no place in the text: CSV and the Web
 * Annotations keep them (with their quote), brat and doccano, which only
 * have offsets, leave them out.
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
 * Returns: (transfer full): one row per annotation under a header row,
 *   attributes flattened into columns, RFC 4180 quoting, CRLF line ends
 */
char *
diptych_export_csv (DiptychAnnotationStore *store)
{
  static const char *header[] = {
    "article", "id", "kind", "start", "end", "text", "note", "anchor", "created", "modified",
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
      g_autofree char *start = g_strdup_printf ("%" G_GSIZE_FORMAT, diptych_annotation_get_start (a));
      g_autofree char *end = g_strdup_printf ("%" G_GSIZE_FORMAT, diptych_annotation_get_end (a));
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
add_attributes_body (JsonBuilder       *builder,
                     DiptychAnnotation *a)
{
  const DiptychCasualty *c = diptych_annotation_get_casualty (a);
  const DiptychSource *s = diptych_annotation_get_source (a);
  const DiptychClaim *cl = diptych_annotation_get_claim (a);

  json_builder_begin_object (builder);
  add_member_string (builder, "purpose", "describing");
  switch (diptych_annotation_get_kind (a))
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      add_member_string (builder, "type", "diptych:CasualtyFigure");
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
      add_member_string (builder, "type", "diptych:Source");
      add_member_string (builder, "diptych:name", s->name);
      add_member_string (builder, "diptych:sourceType", diptych_source_type_to_string (s->type));
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      add_member_string (builder, "type", "diptych:Claim");
      add_link (builder, "diptych:speaker", cl->speaker);
      add_member_string (builder, "diptych:verdict", diptych_verdict_to_string (cl->verdict));
      break;
    default:
      g_assert_not_reached ();
    }
  json_builder_end_object (builder);
}

/**
 * diptych_export_w3c:
 *
 * Returns: (transfer full): a W3C Web Annotation AnnotationCollection
 *   (JSON-LD) with one page holding every annotation: the kind as a tagging
 *   body, the note as a commenting body, the attributes as a describing
 *   body in the Diptych namespace, and a TextQuoteSelector and a
 *   TextPositionSelector on the article
 */
char *
diptych_export_w3c (DiptychAnnotationStore *store)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *article = NULL;
  g_autofree char *source = NULL;
  g_autofree char *label = NULL;
  g_autofree char *collection_id = NULL;
  g_autofree char *page_id = NULL;
  GFile *file;
  guint n;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), NULL);

  article = article_name (store);
  file = diptych_text_get_file (diptych_annotation_store_get_text (store));
  source = file ? g_file_get_uri (file) : g_strconcat ("urn:diptych:article:", article, NULL);
  label = g_strdup_printf ("Annotations of %s", article);
  collection_id = g_strconcat (source, "#annotations", NULL);
  page_id = g_strconcat (collection_id, "#page1", NULL);
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
  json_builder_set_member_name (builder, "first");
  json_builder_begin_object (builder);
  add_member_string (builder, "id", page_id);
  add_member_string (builder, "type", "AnnotationPage");
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
      add_member_string (builder, "created", created);
      add_member_string (builder, "modified", modified);

      json_builder_set_member_name (builder, "body");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      add_member_string (builder, "type", "TextualBody");
      add_member_string (builder, "purpose", "tagging");
      add_member_string (builder, "value",
                         diptych_annotation_kind_to_string (diptych_annotation_get_kind (a)));
      json_builder_end_object (builder);
      if (note[0] != '\0')
        {
          json_builder_begin_object (builder);
          add_member_string (builder, "type", "TextualBody");
          add_member_string (builder, "purpose", "commenting");
          add_member_string (builder, "value", note);
          json_builder_end_object (builder);
        }
      add_attributes_body (builder, a);
      json_builder_end_array (builder);

      json_builder_set_member_name (builder, "target");
      json_builder_begin_object (builder);
      add_member_string (builder, "source", source);
      json_builder_set_member_name (builder, "selector");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      add_member_string (builder, "type", "TextQuoteSelector");
      add_member_string (builder, "exact", diptych_annotation_get_exact (a));
      add_member_string (builder, "prefix", diptych_annotation_get_prefix (a));
      add_member_string (builder, "suffix", diptych_annotation_get_suffix (a));
      json_builder_end_object (builder);
      if (diptych_annotation_get_anchor (a) != DIPTYCH_ANCHOR_ORPHANED)
        {
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
  g_autofree char *data = json_generator_to_data (generator, NULL);

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

/**
 * diptych_export_brat:
 *
 * Returns: (transfer full): the `.ann` file for brat: a T line per placed
 *   annotation, A lines for its attributes, R lines for links (a claim's
 *   speaker, a figure's source and the figure it is part of), # lines for
 *   notes. The article goes beside it as it is, as the `.txt`.
 */
char *
diptych_export_brat (DiptychAnnotationStore *store)
{
  g_autoptr(GHashTable) t_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  DiptychText *text;
  GString *out = g_string_new (NULL);
  guint n, t = 0, attr = 0, rel = 0, note = 0;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), NULL);

  text = diptych_annotation_store_get_text (store);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);
      char *tid;

      if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_ORPHANED ||
          diptych_annotation_get_start (a) == diptych_annotation_get_end (a))
        continue;

      tid = g_strdup_printf ("T%u", ++t);
      g_hash_table_insert (t_ids, (gpointer)diptych_annotation_get_id (a), tid);
      g_string_append_printf (out, "%s\t%s", tid, brat_label (diptych_annotation_get_kind (a)));
      brat_span (out, text, diptych_annotation_get_start (a), diptych_annotation_get_end (a));
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

        g_strdelimit (notes->str, "\t\r\n", ' ');
        if (notes->len > 0)
          g_string_append_printf (out, "#%u\tAnnotatorNotes %s\t%s\n", ++note, tid, notes->str);
      }
    }

  return g_string_free (out, FALSE);
}

/* doccano */

/**
 * diptych_export_doccano:
 *
 * Returns: (transfer full): one JSON line: the article's text and a label
 *   [start, end, "Kind"] per placed annotation
 */
char *
diptych_export_doccano (DiptychAnnotationStore *store)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  DiptychText *text;
  guint n;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), NULL);

  text = diptych_annotation_store_get_text (store);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));

  json_builder_begin_object (builder);
  add_member_string (builder, "text", diptych_text_get_contents (text, NULL));
  json_builder_set_member_name (builder, "label");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_ORPHANED)
        continue;
      json_builder_begin_array (builder);
      json_builder_add_int_value (builder, diptych_annotation_get_start (a));
      json_builder_add_int_value (builder, diptych_annotation_get_end (a));
      json_builder_add_string_value (builder, brat_label (diptych_annotation_get_kind (a)));
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, NULL);
  return g_strconcat (data, "\n", NULL);
}

/**
 * diptych_export:
 *
 * Returns: (transfer full): @store in @format
 */
char *
diptych_export (DiptychAnnotationStore *store,
                DiptychExportFormat     format)
{
  switch (format)
    {
    case DIPTYCH_EXPORT_CSV:     return diptych_export_csv (store);
    case DIPTYCH_EXPORT_W3C:     return diptych_export_w3c (store);
    case DIPTYCH_EXPORT_BRAT:    return diptych_export_brat (store);
    case DIPTYCH_EXPORT_DOCCANO: return diptych_export_doccano (store);
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

/**
 * diptych_export_to_folder:
 * @folder: an existing folder
 *
 * Writes the export of @store into @folder as ARTICLE.csv, ARTICLE.jsonld,
 * ARTICLE.jsonl, or (brat) ARTICLE.ann beside a copy of the article as
 * ARTICLE.txt, each file atomically. Never over the article itself (a
 * brat export into the article's own folder): that is an error.
 *
 * Returns: whether everything was written
 */
gboolean
diptych_export_to_folder (DiptychAnnotationStore  *store,
                          DiptychExportFormat      format,
                          GFile                   *folder,
                          GError                 **error)
{
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;

  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  stem = diptych_export_stem (store);
  name = g_strconcat (stem, diptych_export_format_extension (format), NULL);
  data = diptych_export (store, format);

  if (format == DIPTYCH_EXPORT_BRAT)
    {
      g_autofree char *txt = g_strconcat (stem, ".txt", NULL);
      gsize length;
      const char *contents = diptych_text_get_contents (diptych_annotation_store_get_text (store),
                                                        &length);

      if (!write_child (store, folder, txt, contents, length, error))
        return FALSE;
    }

  return write_child (store, folder, name, data, strlen (data), error);
}
