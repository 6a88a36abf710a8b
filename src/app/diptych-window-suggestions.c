/* diptych-window-suggestions.c: the detectors' suggestions in the window
 *
 * Each article's suggestions are found in a worker thread
 * (diptych_detect_suggestions_async()) when its document is attached and
 * again whenever its text changes. Those rejected (kept in the document's
 * store, saved in its sidecar) and those over a mark of the same kind are
 * not shown. The text views draw the rest as dashed outlines; the sidebar
 * lists them under their own heading, each row with Accept and Reject
 * buttons; activating a row goes to its suggestion as Tab does. Accepting
 * makes a mark through the history, so that Ctrl+Z takes it back; Accept
 * All is one step. Rejecting is a step of the history too: Ctrl+Z offers
 * the suggestion again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-window"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "diptych-annotation-history.h"
#include "diptych-detect.h"
#include "diptych-mark-controller.h"
#include "diptych-pair-view.h"
#include "diptych-text.h"
#include "diptych-text-pane.h"
#include "diptych-text-view.h"
#include "diptych-window-private.h"

#define MAX_ROWS 200

typedef struct
{
  DiptychAnnotationDocument *document;   /* tracked, for its signals */
  DiptychAnnotationStore    *store;      /* tracked, for its signals */
  DiptychText               *text;       /* what @detected was found in */
  GPtrArray                 *detected;   /* DiptychSuggestion, all */
  GHashTable                *by_id;      /* id → DiptychSuggestion in @detected */
  GPtrArray                 *shown;      /* borrowed from @detected */
  GCancellable              *cancellable;
  gint                       current;    /* index in @shown, or -1 */
} Side;

/* What a row of the list shows: the suggestion @index of @shown on @side. */
typedef struct
{
  guint side;
  guint index;
} RowRef;

struct _DiptychWindowSuggestions
{
  DiptychWindow *window;  /* owns this */
  Side           sides[2];
  GtkWidget     *section;
  GtkLabel      *counts_label;
  GtkStringList *rows;
  GArray        *row_refs;  /* RowRef, one per row of @rows */
  GtkWidget     *list_view;
  GtkWidget     *accept_figures_button;
  GtkWidget     *accept_sources_button;
};

static void refresh (DiptychWindow *self);

static gboolean
enabled (DiptychWindow *self)
{
  return g_settings_get_boolean (self->settings, "show-suggestions");
}

static DiptychTextPane *
pane_of (DiptychWindow *self,
         guint          side)
{
  return diptych_pair_view_get_pane (self->pair_view, side);
}

/* The side whose view has the focus, else the left. */
static guint
active_side (DiptychWindow *self)
{
  if (gtk_widget_has_focus (GTK_WIDGET (diptych_text_pane_get_view (pane_of (self, DIPTYCH_SIDE_RIGHT)))))
    return DIPTYCH_SIDE_RIGHT;
  return DIPTYCH_SIDE_LEFT;
}

static gint
caret_offset (DiptychWindow *self,
              guint          side)
{
  GtkTextBuffer *buffer = diptych_text_pane_get_buffer (pane_of (self, side));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_offset (&iter);
}

typedef struct
{
  gsize                 start;
  gsize                 end;
  gsize                 max_end;  /* of this mark and all before it */
  DiptychAnnotationKind kind;
} Span;

/* The marks placed in the text, in order, for overlaps_mark(). */
static GArray *
mark_spans (DiptychAnnotationStore *store)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  GArray *spans = g_array_sized_new (FALSE, FALSE, sizeof (Span), n);
  gsize max_end = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (store), i);
      Span span;

      if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_ORPHANED)
        continue;
      span.start = diptych_annotation_get_start (a);
      span.end = diptych_annotation_get_end (a);
      span.kind = diptych_annotation_get_kind (a);
      max_end = MAX (max_end, span.end);
      span.max_end = max_end;
      g_array_append_val (spans, span);
    }
  return spans;
}

/* Whether a mark of the suggestion's kind overlaps it: the marks that
 * start before it ends, back while any of them reaches into it.
 */
static gboolean
overlaps_mark (GArray                  *spans,
               const DiptychSuggestion *s)
{
  guint lo = 0, hi = spans->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (spans, Span, mid).start < s->end)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i > 0 && g_array_index (spans, Span, i - 1).max_end > s->start; i--)
    {
      const Span *span = &g_array_index (spans, Span, i - 1);

      if (span->kind == s->kind && span->end > s->start)
        return TRUE;
    }
  return FALSE;
}

/* Replaces only the rows that changed (a mark made, a suggestion rejected:
 * one row), so that the list does not bind every row again each time.
 */
static void
splice_changed (GtkStringList *rows,
                GPtrArray     *strings)  /* NULL-terminated */
{
  guint old_n = g_list_model_get_n_items (G_LIST_MODEL (rows));
  guint new_n = strings->len - 1;
  guint prefix = 0, suffix = 0;

  while (prefix < old_n && prefix < new_n &&
         g_str_equal (gtk_string_list_get_string (rows, prefix), g_ptr_array_index (strings, prefix)))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         g_str_equal (gtk_string_list_get_string (rows, old_n - 1 - suffix),
                      g_ptr_array_index (strings, new_n - 1 - suffix)))
    suffix++;
  if (prefix == old_n && prefix == new_n)
    return;

  g_free (g_ptr_array_index (strings, new_n - suffix));
  g_ptr_array_index (strings, new_n - suffix) = NULL;
  gtk_string_list_splice (rows, prefix, old_n - prefix - suffix,
                          (const char * const *)strings->pdata + prefix);
}

static void
update_sidebar (DiptychWindow *self)
{
  DiptychWindowSuggestions *sg = self->suggestions;
  guint counts[3] = { 0, 0, 0 };
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *figures = NULL, *sources = NULL, *claims = NULL, *text = NULL;

  if (sg->section == NULL)
    return;

  g_array_set_size (sg->row_refs, 0);
  for (guint side = 0; side < 2; side++)
    for (guint i = 0; sg->sides[side].shown != NULL && i < sg->sides[side].shown->len; i++)
      {
        const DiptychSuggestion *s = g_ptr_array_index (sg->sides[side].shown, i);
        const char *kind = s->kind == DIPTYCH_ANNOTATION_CASUALTY ? _("Figure")
                           : s->kind == DIPTYCH_ANNOTATION_SOURCE ? _("Source") : _("Claim");

        counts[s->kind]++;
        /* The counts are exact; the list shows the first ones, so that a
         * long article does not stall the main loop building rows.
         */
        if (strings->len < MAX_ROWS)
          {
            RowRef ref = { side, i };

            g_autofree char *line = diptych_utf8_one_line (s->text);

            g_ptr_array_add (strings, g_strdup_printf ("%s · %s", kind, line));
            g_array_append_val (sg->row_refs, ref);
          }
      }
  g_ptr_array_add (strings, NULL);

  figures = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u figure", "%u figures",
                                          counts[DIPTYCH_ANNOTATION_CASUALTY]),
                             counts[DIPTYCH_ANNOTATION_CASUALTY]);
  sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources",
                                          counts[DIPTYCH_ANNOTATION_SOURCE]),
                             counts[DIPTYCH_ANNOTATION_SOURCE]);
  claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims",
                                         counts[DIPTYCH_ANNOTATION_CLAIM]),
                            counts[DIPTYCH_ANNOTATION_CLAIM]);
  text = g_strdup_printf ("%s · %s · %s", figures, sources, claims);
  gtk_label_set_text (sg->counts_label, text);
  splice_changed (sg->rows, strings);
  gtk_widget_set_visible (sg->section, enabled (self));
  gtk_widget_set_sensitive (sg->accept_figures_button, counts[DIPTYCH_ANNOTATION_CASUALTY] > 0);
  gtk_widget_set_sensitive (sg->accept_sources_button, counts[DIPTYCH_ANNOTATION_SOURCE] > 0);
}

/* Which suggestions are shown: not rejected, not over a mark of their kind. */
static void
refilter (DiptychWindow *self)
{
  DiptychWindowSuggestions *sg = self->suggestions;

  for (guint side = 0; side < 2; side++)
    {
      Side *s = &sg->sides[side];

      g_clear_pointer (&s->shown, g_ptr_array_unref);
      s->current = -1;
      s->shown = g_ptr_array_new ();
      if (enabled (self) && s->detected != NULL && s->store != NULL)
        {
          g_autoptr(GArray) spans = mark_spans (s->store);

          for (guint i = 0; i < s->detected->len; i++)
            {
              DiptychSuggestion *suggestion = g_ptr_array_index (s->detected, i);

              if (!overlaps_mark (spans, suggestion) &&
                  !diptych_annotation_store_is_rejected (s->store, suggestion->kind, suggestion->text))
                g_ptr_array_add (s->shown, suggestion);
            }
        }
      diptych_text_view_set_suggestions (diptych_text_pane_get_view (pane_of (self, side)), s->shown);
    }
  update_sidebar (self);
}

typedef struct
{
  DiptychWindow *window;
  guint          side;
  DiptychText   *text;
} Detection;

static void
detected_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Detection *detection = user_data;
  g_autoptr(GPtrArray) suggestions = diptych_detect_suggestions_finish (result, NULL);
  DiptychWindow *self = detection->window;

  if (suggestions != NULL && self->suggestions != NULL)
    {
      Side *s = &self->suggestions->sides[detection->side];

      if (s->text == detection->text)
        {
          g_clear_pointer (&s->detected, g_ptr_array_unref);
          g_clear_pointer (&s->by_id, g_hash_table_unref);
          s->detected = g_steal_pointer (&suggestions);
          s->by_id = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint i = 0; i < s->detected->len; i++)
            {
              DiptychSuggestion *suggestion = g_ptr_array_index (s->detected, i);

              g_hash_table_insert (s->by_id, suggestion->id, suggestion);
            }
          refilter (self);
        }
    }
  g_object_unref (detection->window);
  g_object_unref (detection->text);
  g_free (detection);
}

static void
store_changed_cb (DiptychWindow *self)
{
  refilter (self);
}

static void
document_store_cb (DiptychWindow *self)
{
  refresh (self);
}

static void
track (DiptychWindow *self,
       Side          *s,
       DiptychAnnotationDocument *document)
{
  DiptychAnnotationStore *store = document ? diptych_annotation_document_get_store (document) : NULL;

  if (s->document != document)
    {
      if (s->document != NULL)
        g_signal_handlers_disconnect_by_data (s->document, self);
      g_set_object (&s->document, document);
      if (document != NULL)
        g_signal_connect_object (document, "notify::store", G_CALLBACK (document_store_cb), self,
                                 G_CONNECT_SWAPPED);
    }
  if (s->store != store)
    {
      if (s->store != NULL)
        g_signal_handlers_disconnect_by_data (s->store, self);
      g_set_object (&s->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }
}

/* Follows the documents shown; detects again where the text changed. */
static void
refresh (DiptychWindow *self)
{
  DiptychWindowSuggestions *sg = self->suggestions;

  if (sg == NULL)
    return;

  for (guint side = 0; side < 2; side++)
    {
      Side *s = &sg->sides[side];
      DiptychAnnotationDocument *document = self->documents[side];
      DiptychText *text = diptych_text_pane_get_text (pane_of (self, side));

      /* One file on both sides: its marks are made on the left. */
      if (side == DIPTYCH_SIDE_RIGHT && document == self->documents[DIPTYCH_SIDE_LEFT])
        document = NULL;
      track (self, s, document);

      if (document == NULL || text == NULL || !enabled (self))
        {
          g_cancellable_cancel (s->cancellable);
          g_clear_object (&s->cancellable);
          g_clear_object (&s->text);
          g_clear_pointer (&s->detected, g_ptr_array_unref);
          g_clear_pointer (&s->by_id, g_hash_table_unref);
          continue;
        }
      /* After the marks are loaded (their store comes with notify::store):
       * not competing with the load for the processor.
       */
      if (s->text != text && !diptych_pair_view_get_loading (self->pair_view) &&
          diptych_annotation_document_get_state (document) != DIPTYCH_DOCUMENT_STATE_LOADING &&
          diptych_annotation_document_get_text (document) == text)
        {
          Detection *detection = g_new0 (Detection, 1);

          g_cancellable_cancel (s->cancellable);
          g_clear_object (&s->cancellable);
          g_clear_pointer (&s->detected, g_ptr_array_unref);
          g_clear_pointer (&s->by_id, g_hash_table_unref);
          g_set_object (&s->text, text);
          s->cancellable = g_cancellable_new ();
          detection->window = g_object_ref (self);
          detection->side = side;
          detection->text = g_object_ref (text);
          diptych_detect_suggestions_async (text, s->cancellable, detected_cb, detection);
        }
    }
  refilter (self);
}

/* The suggestion to act on: the one Tab went to, else the one at the caret. */
static const DiptychSuggestion *
current (DiptychWindow *self,
         guint         *side_out)
{
  DiptychWindowSuggestions *sg = self->suggestions;
  guint side = active_side (self);
  Side *s = &sg->sides[side];
  gint caret = caret_offset (self, side);
  const DiptychSuggestion *best = NULL;

  *side_out = side;
  if (s->shown == NULL)
    return NULL;
  if (s->current >= 0 && (guint)s->current < s->shown->len)
    {
      const DiptychSuggestion *suggestion = g_ptr_array_index (s->shown, s->current);

      if ((gint)suggestion->start <= caret && caret <= (gint)suggestion->end)
        return suggestion;
    }
  /* The innermost at the caret: a figure rather than the claim around it. */
  for (guint i = 0; i < s->shown->len; i++)
    {
      const DiptychSuggestion *suggestion = g_ptr_array_index (s->shown, i);

      if ((gint)suggestion->start > caret)
        break;
      if (caret <= (gint)suggestion->end &&
          (best == NULL || suggestion->end - suggestion->start < best->end - best->start))
        best = suggestion;
    }
  return best;
}

/* The id of the mark made from the suggestion @id: a mark of its kind on its span. */
static const char *
mark_for (Side       *s,
          const char *id)
{
  const DiptychSuggestion *target;
  guint n;

  if (id == NULL || s->by_id == NULL || (target = g_hash_table_lookup (s->by_id, id)) == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (s->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (s->store), i);

      if (diptych_annotation_get_kind (a) == target->kind &&
          diptych_annotation_get_start (a) == target->start && diptych_annotation_get_end (a) == target->end)
        return diptych_annotation_get_id (a);
    }
  return NULL;
}

/* The suggestion's attributes, its links as the ids of the marks made
 * from the suggestions it links to, where there are such marks.
 */
static void
fill (Side                    *s,
      DiptychAnnotation       *annotation,
      const DiptychSuggestion *suggestion)
{
  switch (suggestion->kind)
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      {
        DiptychCasualty casualty = suggestion->casualty;

        casualty.subset_of = (char *)mark_for (s, suggestion->casualty.subset_of);
        casualty.source = (char *)mark_for (s, suggestion->casualty.source);
        diptych_annotation_set_casualty (annotation, &casualty);
      }
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      diptych_annotation_set_source (annotation, &suggestion->source);
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      {
        DiptychClaim claim = suggestion->claim;

        claim.speaker = (char *)mark_for (s, suggestion->claim.speaker);
        diptych_annotation_set_claim (annotation, &claim);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static DiptychAnnotation *
accept_one (DiptychWindow           *self,
            guint                    side,
            const DiptychSuggestion *suggestion)
{
  Side *s = &self->suggestions->sides[side];
  g_autoptr(DiptychAnnotation) annotation = NULL;
  gboolean existing = FALSE;

  annotation = diptych_annotation_document_prepare_mark (s->document, suggestion->kind, suggestion->start,
                                                         suggestion->end, &existing, NULL);
  if (annotation == NULL || existing)
    return NULL;
  fill (s, annotation, suggestion);
  if (!diptych_annotation_history_add (self->history, s->document, annotation))
    return NULL;
  return annotation;
}

/* Through the history, so that Ctrl+Z offers it again. */
static gboolean
reject_one (DiptychWindow           *self,
            guint                    side,
            const DiptychSuggestion *suggestion)
{
  Side *s = &self->suggestions->sides[side];

  if (s->document == NULL)
    return FALSE;
  return diptych_annotation_history_reject_suggestion (self->history, s->document, suggestion->kind,
                                                       suggestion->start, suggestion->end, suggestion->text);
}

/* Makes the suggestion @index of @side's shown ones the current one:
 * the caret in it, its article scrolled there, a frame around it.
 */
static void
go_to (DiptychWindow *self,
       guint          side,
       guint          index,
       gboolean       focus)
{
  Side *s = &self->suggestions->sides[side];
  const DiptychSuggestion *suggestion = g_ptr_array_index (s->shown, index);
  DiptychTextView *view = diptych_text_pane_get_view (pane_of (self, side));
  GtkTextBuffer *buffer = diptych_text_pane_get_buffer (pane_of (self, side));
  GtkTextIter iter;

  /* Before the caret moves: entering the article keeps a caret in sight only. */
  if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (view));
  diptych_mark_controller_select (self->marks, side, NULL);
  self->suggestions->sides[!side].current = -1;
  s->current = index;
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, suggestion->start);
  gtk_text_buffer_place_cursor (buffer, &iter);
  /* A mark, not an iter: the lines there may not be measured yet. */
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (view), gtk_text_buffer_get_insert (buffer), 0.2, FALSE, 0, 0);
  diptych_text_view_set_mark_outline (view, suggestion->start, suggestion->end);
}

/* The suggestion a row of the list shows. */
static const DiptychSuggestion *
row_suggestion (DiptychWindow *self,
                guint          position,
                guint         *side,
                guint         *index)
{
  DiptychWindowSuggestions *sg = self->suggestions;
  const RowRef *ref;

  if (sg == NULL || position >= sg->row_refs->len)
    return NULL;
  ref = &g_array_index (sg->row_refs, RowRef, position);
  if (sg->sides[ref->side].shown == NULL || ref->index >= sg->sides[ref->side].shown->len)
    return NULL;
  if (side != NULL)
    *side = ref->side;
  if (index != NULL)
    *index = ref->index;
  return g_ptr_array_index (sg->sides[ref->side].shown, ref->index);
}

/**
 * _diptych_window_go_to_listed_suggestion:
 * @position: a row of the sidebar's suggestion list
 *
 * Activating the row: its suggestion becomes the current one, the caret
 * in it and the focus in its article, where Enter and Backspace act on it.
 *
 * Returns: whether there was such a row
 */
gboolean
_diptych_window_go_to_listed_suggestion (DiptychWindow *self,
                                         guint          position)
{
  guint side, index;

  if (row_suggestion (self, position, &side, &index) == NULL)
    return FALSE;
  go_to (self, side, index, TRUE);
  return TRUE;
}

/**
 * _diptych_window_accept_listed_suggestion:
 * @position: a row of the sidebar's suggestion list
 *
 * The row's Accept button: as Enter on its suggestion.
 *
 * Returns: whether a mark was made
 */
gboolean
_diptych_window_accept_listed_suggestion (DiptychWindow *self,
                                          guint          position)
{
  const DiptychSuggestion *suggestion;
  DiptychAnnotation *annotation;
  guint side;

  if ((suggestion = row_suggestion (self, position, &side, NULL)) == NULL)
    return FALSE;
  annotation = accept_one (self, side, suggestion);
  if (annotation != NULL)
    diptych_mark_controller_select (self->marks, side, annotation);
  return annotation != NULL;
}

/**
 * _diptych_window_reject_listed_suggestion:
 * @position: a row of the sidebar's suggestion list
 *
 * The row's Reject button: as Backspace on its suggestion.
 *
 * Returns: whether it was rejected
 */
gboolean
_diptych_window_reject_listed_suggestion (DiptychWindow *self,
                                          guint          position)
{
  const DiptychSuggestion *suggestion;
  guint side;

  if ((suggestion = row_suggestion (self, position, &side, NULL)) == NULL)
    return FALSE;
  return reject_one (self, side, suggestion);
}

/**
 * _diptych_window_accept_suggestion:
 *
 * Makes the current suggestion a mark, undoably.
 *
 * Returns: whether there was one
 */
gboolean
_diptych_window_accept_suggestion (DiptychWindow *self)
{
  const DiptychSuggestion *suggestion;
  DiptychAnnotation *annotation;
  guint side;

  if (self->suggestions == NULL || (suggestion = current (self, &side)) == NULL)
    return FALSE;
  /* The store's "changed" refilters, and frees nothing of @suggestion. */
  annotation = accept_one (self, side, suggestion);
  if (annotation != NULL)
    diptych_mark_controller_select (self->marks, side, annotation);
  return annotation != NULL;
}

/**
 * _diptych_window_reject_suggestion:
 *
 * Rejects the current suggestion: it is remembered in the sidecar, and
 * Ctrl+Z offers it again.
 */
gboolean
_diptych_window_reject_suggestion (DiptychWindow *self)
{
  const DiptychSuggestion *suggestion;
  guint side;

  if (self->suggestions == NULL || (suggestion = current (self, &side)) == NULL)
    return FALSE;
  return reject_one (self, side, suggestion);
}

/**
 * _diptych_window_accept_all_suggestions:
 * @kind: of the suggestions to accept
 *
 * Accepts every suggestion of @kind shown, in both articles, as one step
 * of undo. Links between them are filled in: figures are made after
 * the sources they cite, and a figure's link to a figure made after it
 * is set in a second pass.
 *
 * Returns: how many marks were made
 */
guint
_diptych_window_accept_all_suggestions (DiptychWindow         *self,
                                        DiptychAnnotationKind  kind)
{
  guint n = 0;

  if (self->suggestions == NULL)
    return 0;

  diptych_annotation_history_begin_group (self->history);
  for (guint side = 0; side < 2; side++)
    {
      Side *s = &self->suggestions->sides[side];
      g_autoptr(GPtrArray) todo = NULL;
      g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_object_unref);

      if (s->shown == NULL || s->document == NULL)
        continue;
      /* A copy: each mark made refilters @shown. */
      todo = g_ptr_array_new ();
      for (guint i = 0; i < s->shown->len; i++)
        if (((DiptychSuggestion *)g_ptr_array_index (s->shown, i))->kind == kind)
          g_ptr_array_add (todo, g_ptr_array_index (s->shown, i));

      for (guint i = 0; i < todo->len; i++)
        {
          DiptychAnnotation *annotation = accept_one (self, side, g_ptr_array_index (todo, i));

          g_ptr_array_add (made, annotation ? g_object_ref (annotation) : NULL);
          n += annotation != NULL;
        }
      for (guint i = 0; i < todo->len; i++)
        {
          DiptychAnnotation *annotation = g_ptr_array_index (made, i);
          g_autoptr(DiptychAnnotation) edited = NULL;

          if (annotation == NULL)
            continue;
          edited = diptych_annotation_copy (annotation);
          fill (s, edited, g_ptr_array_index (todo, i));
          diptych_annotation_history_edit (self->history, s->document, annotation, edited);
        }
    }
  diptych_annotation_history_end_group (self->history);
  return n;
}

/**
 * _diptych_window_next_suggestion:
 * @direction: 1 or -1
 *
 * Tab: goes to the next suggestion when it comes before the next mark.
 *
 * Returns: whether it went to a suggestion (else the marks' turn)
 */
gboolean
_diptych_window_next_suggestion (DiptychWindow *self,
                                 int            direction)
{
  DiptychAnnotation *selected;
  DiptychSide selected_side;
  guint side = active_side (self);
  Side *s;
  gint from, mark_at = -1, found = -1;
  guint n;

  if (self->suggestions == NULL)
    return FALSE;
  s = &self->suggestions->sides[side];
  if (s->shown == NULL || s->shown->len == 0 || s->store == NULL)
    return FALSE;

  selected = diptych_mark_controller_get_selected (self->marks, &selected_side);
  if (s->current >= 0)
    from = ((DiptychSuggestion *)g_ptr_array_index (s->shown, s->current))->start;
  else if (selected != NULL && selected_side == side)
    from = diptych_annotation_get_start (selected);
  else
    from = caret_offset (self, side) - (direction > 0 ? 1 : 0);

  for (guint i = 0; i < s->shown->len; i++)
    {
      guint k = direction > 0 ? i : s->shown->len - 1 - i;
      const DiptychSuggestion *suggestion = g_ptr_array_index (s->shown, k);

      if (direction > 0 ? (gint)suggestion->start > from : (gint)suggestion->start < from)
        {
          found = k;
          break;
        }
    }
  if (found < 0)
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (s->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (s->store), direction > 0 ? i : n - 1 - i);
      gint start = diptych_annotation_get_start (a);

      if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_ORPHANED)
        continue;
      if (direction > 0 ? start > from : start < from)
        {
          mark_at = start;
          break;
        }
    }
  {
    const DiptychSuggestion *suggestion = g_ptr_array_index (s->shown, found);

    if (mark_at >= 0 && (direction > 0 ? mark_at <= (gint)suggestion->start : mark_at >= (gint)suggestion->start))
      {
        s->current = -1;
        return FALSE;
      }
  }
  go_to (self, side, found, FALSE);
  return TRUE;
}

/**
 * _diptych_window_get_suggestions:
 *
 * Returns: (transfer none) (nullable) (element-type DiptychSuggestion):
 *   the suggestions shown in @side, in text order
 */
GPtrArray *
_diptych_window_get_suggestions (DiptychWindow *self,
                                 DiptychSide    side)
{
  if (self->suggestions == NULL)
    return NULL;
  return self->suggestions->sides[side].shown;
}

/**
 * _diptych_window_is_detecting:
 *
 * Returns: whether a detection is running (tests wait for it)
 */
gboolean
_diptych_window_is_detecting (DiptychWindow *self)
{
  if (self->suggestions == NULL)
    return FALSE;
  for (guint side = 0; side < 2; side++)
    {
      Side *s = &self->suggestions->sides[side];

      if (s->text != NULL && s->detected == NULL)
        return TRUE;
    }
  return FALSE;
}

void
_diptych_window_update_suggestions (DiptychWindow *self)
{
  refresh (self);
}

static void
accept_suggestion_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  _diptych_window_accept_suggestion (DIPTYCH_WINDOW (widget));
}

static void
reject_suggestion_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  _diptych_window_reject_suggestion (DIPTYCH_WINDOW (widget));
}

static void
listed_suggestion_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);
  guint position = g_variant_get_uint32 (parameter);

  if (g_str_equal (action_name, "win.accept-listed-suggestion"))
    _diptych_window_accept_listed_suggestion (self, position);
  else if (g_str_equal (action_name, "win.reject-listed-suggestion"))
    _diptych_window_reject_listed_suggestion (self, position);
  else
    _diptych_window_go_to_listed_suggestion (self, position);
}

static void
accept_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _diptych_window_accept_all_suggestions (DIPTYCH_WINDOW (widget),
                                          g_str_equal (action_name, "win.accept-all-figures")
                                            ? DIPTYCH_ANNOTATION_CASUALTY : DIPTYCH_ANNOTATION_SOURCE);
}

void
_diptych_window_class_init_suggestions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.accept-suggestion", NULL, accept_suggestion_action);
  gtk_widget_class_install_action (widget_class, "win.reject-suggestion", NULL, reject_suggestion_action);
  gtk_widget_class_install_action (widget_class, "win.accept-listed-suggestion", "u", listed_suggestion_action);
  gtk_widget_class_install_action (widget_class, "win.reject-listed-suggestion", "u", listed_suggestion_action);
  gtk_widget_class_install_action (widget_class, "win.go-to-listed-suggestion", "u", listed_suggestion_action);
  gtk_widget_class_install_action (widget_class, "win.accept-all-figures", NULL, accept_all_action);
  gtk_widget_class_install_action (widget_class, "win.accept-all-sources", NULL, accept_all_action);
}

/* Enter and Backspace act on a suggestion at the caret; elsewhere they do
 * what the view does (nothing: the articles are read-only).
 */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DiptychWindow         *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
    return _diptych_window_accept_suggestion (self);
  if (keyval == GDK_KEY_BackSpace)
    return _diptych_window_reject_suggestion (self);
  return GDK_EVENT_PROPAGATE;
}

/* The row's position is read when clicked: rows move as others come and go. */
static void
row_button_clicked_cb (GtkButton   *button,
                       GtkListItem *item)
{
  gtk_widget_activate_action (GTK_WIDGET (button), g_object_get_data (G_OBJECT (button), "action"),
                              "u", gtk_list_item_get_position (item));
}

static GtkWidget *
row_button (GtkListItem *item,
            const char  *icon_name,
            const char  *tooltip,
            const char  *action,
            const char  *css_class)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "suggestion-row-button");
  gtk_widget_add_css_class (button, css_class);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Here and not when bound: in GTK 4.8 it asks the X server where the pointer is. */
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data (G_OBJECT (button), "action", (gpointer)action);
  /* Which row it acts on, for the click and for tests. */
  g_object_set_data (G_OBJECT (button), "list-item", item);
  g_signal_connect (button, "clicked", G_CALLBACK (row_button_clicked_cb), item);
  return button;
}

/* A row: the kind and words, then Accept and Reject. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 4);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), row_button (item, "object-select-symbolic", _("Accept"),
                                             "win.accept-listed-suggestion", "suggestion-accept"));
  gtk_box_append (GTK_BOX (box), row_button (item, "window-close-symbolic", _("Reject"),
                                             "win.reject-listed-suggestion", "suggestion-reject"));
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *accept = gtk_widget_get_next_sibling (label);
  GtkWidget *reject = gtk_widget_get_next_sibling (accept);
  /* Translators: read out for the Accept button; %s is a row, "Figure · 90 people" */
  g_autofree char *accept_label = g_strdup_printf (_("Accept %s"), text);
  /* Translators: as "Accept %s", for the Reject button. */
  g_autofree char *reject_label = g_strdup_printf (_("Reject %s"), text);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (accept), GTK_ACCESSIBLE_PROPERTY_LABEL, accept_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reject), GTK_ACCESSIBLE_PROPERTY_LABEL, reject_label, -1);
}

static void
row_activated_cb (GtkListView   *list,
                  guint          position,
                  DiptychWindow *self)
{
  _diptych_window_go_to_listed_suggestion (self, position);
}

/* The sidebar's "Suggestions" section: counts, Accept All, the list. */
/* One button per line, so that its label is read in full at the sidebar's
 * width; it shortens rather than widen a narrower one.
 */
static GtkWidget *
accept_all_button (const char *label,
                   const char *action)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *child = gtk_label_new_with_mnemonic (label);

  gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
  gtk_button_set_child (GTK_BUTTON (button), child);
  gtk_widget_set_tooltip_text (button, gtk_label_get_text (GTK_LABEL (child)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static GtkWidget *
build_section (DiptychWindow *self)
{
  DiptychWindowSuggestions *sg = self->suggestions;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Suggestions"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *list;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  sg->counts_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (sg->counts_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (sg->counts_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (sg->counts_label));

  sg->accept_figures_button = accept_all_button (_("Accept All _Figures"), "win.accept-all-figures");
  sg->accept_sources_button = accept_all_button (_("Accept All Sou_rces"), "win.accept-all-sources");
  gtk_box_append (GTK_BOX (buttons), sg->accept_figures_button);
  gtk_box_append (GTK_BOX (buttons), sg->accept_sources_button);
  gtk_box_append (GTK_BOX (box), buttons);

  sg->rows = gtk_string_list_new (NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (sg->rows)))),
                            factory);
  /* A click on a row goes to its suggestion (Enter on a row does too). */
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (list), TRUE);
  gtk_widget_add_css_class (list, "suggestion-list");
  g_signal_connect_object (list, "activate", G_CALLBACK (row_activated_cb), self, 0);
  sg->list_view = list;
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* As high as its rows, up to a few; never what keeps a short window tall. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 48);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  return box;
}

static void
setting_changed_cb (DiptychWindow *self)
{
  refresh (self);
}

void
_diptych_window_init_suggestions (DiptychWindow *self)
{
  self->suggestions = g_new0 (DiptychWindowSuggestions, 1);
  self->suggestions->window = self;
  self->suggestions->row_refs = g_array_new (FALSE, FALSE, sizeof (RowRef));
  self->suggestions->sides[0].current = self->suggestions->sides[1].current = -1;

  for (guint side = 0; side < 2; side++)
    {
      GtkEventController *keys = gtk_event_controller_key_new ();

      gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
      g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (diptych_text_pane_get_view (pane_of (self, side))), keys);
    }

  self->suggestions->section = build_section (self);
  diptych_annotation_sidebar_add_section (DIPTYCH_ANNOTATION_SIDEBAR (self->sidebar),
                                          self->suggestions->section);
  g_signal_connect_object (self->settings, "changed::show-suggestions", G_CALLBACK (setting_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* Detection waits for the pair to be open: the main loop must not
   * compete with three threads for the processor while it fills the views.
   */
  g_signal_connect_object (self->pair_view, "notify::loading", G_CALLBACK (setting_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_sidebar (self);
}

void
_diptych_window_dispose_suggestions (DiptychWindow *self)
{
  DiptychWindowSuggestions *sg = self->suggestions;

  if (sg == NULL)
    return;
  self->suggestions = NULL;
  for (guint side = 0; side < 2; side++)
    {
      Side *s = &sg->sides[side];

      g_cancellable_cancel (s->cancellable);
      g_clear_object (&s->cancellable);
      if (s->document != NULL)
        g_signal_handlers_disconnect_by_data (s->document, self);
      if (s->store != NULL)
        g_signal_handlers_disconnect_by_data (s->store, self);
      g_clear_object (&s->document);
      g_clear_object (&s->store);
      g_clear_object (&s->text);
      g_clear_pointer (&s->shown, g_ptr_array_unref);
      g_clear_pointer (&s->by_id, g_hash_table_unref);
      g_clear_pointer (&s->detected, g_ptr_array_unref);
    }
  g_clear_object (&sg->rows);
  g_clear_pointer (&sg->row_refs, g_array_unref);
  g_free (sg);
}
