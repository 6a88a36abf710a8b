/* diptych-annotation-editor.c: the fields of one mark
 *
 * The editor shows one mark and never rebuilds itself while it shows that
 * mark: a field is committed when it is activated (Enter, a choice in a
 * drop-down) or left, through the mark controller and so through the
 * history; when the mark changes (an edit, an undo), the fields take the
 * new values in place, so focus and the user's typing stay where they are.
 * A value that cannot be taken (a number that is not one, a bound on the
 * wrong side of the number) is shown on its field and changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "diptych-annotation-editor.h"
#include "diptych-casualty-parser.h"

#define SOURCE   (1u << DIPTYCH_ANNOTATION_SOURCE)
#define CLAIM    (1u << DIPTYCH_ANNOTATION_CLAIM)
#define CASUALTY (1u << DIPTYCH_ANNOTATION_CASUALTY)

struct _DiptychAnnotationEditor
{
  GtkWidget              parent_instance;

  DiptychPairView       *pair_view;  /* weak */
  DiptychMarkController *marks;
  DiptychAnnotation     *annotation;
  DiptychSide            side;
  DiptychAnnotationStore *store;     /* of the mark's article, for links */
  gulong                 changed_handler;
  gulong                 store_handler;
  gboolean               updating;   /* fields are being set, not edited */
  guint                  n_builds;

  GPtrArray             *link_ids[3];  /* subset_of, source, speaker: index → id (NULL: none) */

  GtkWidget             *scroller;
  GtkLabel              *heading;
  GtkWidget             *changed_box;
  GtkLabel              *marked_label;
  GtkLabel              *now_label;
  GtkWidget             *grid;
  GtkLabel              *low_note;

  GtkWidget             *outcome_label, *outcome_drop_down;
  GtkWidget             *raw_label, *raw_entry;
  GtkWidget             *value_label, *value_entry;
  GtkWidget             *low_label, *low_entry;
  GtkWidget             *high_label, *high_entry;
  GtkWidget             *qualifier_label, *qualifier_drop_down;
  GtkWidget             *group_label, *group_drop_down;
  GtkWidget             *subset_of_label, *subset_of_drop_down;
  GtkStringList         *subset_of_drop_down_labels;
  GtkWidget             *source_label, *source_drop_down;
  GtkStringList         *source_drop_down_labels;
  GtkWidget             *name_label, *name_entry;
  GtkWidget             *type_label, *type_drop_down;
  GtkWidget             *speaker_label, *speaker_drop_down;
  GtkStringList         *speaker_drop_down_labels;
  GtkWidget             *verdict_label, *verdict_drop_down;
  GtkWidget             *note_label, *note_entry;
};

G_DEFINE_FINAL_TYPE (DiptychAnnotationEditor, diptych_annotation_editor, GTK_TYPE_WIDGET)

/* The fields in Tab order, and the kinds of mark that have them. */
static const struct {
  const char *name;
  gsize       label;
  gsize       widget;
  guint       kinds;
} fields[] = {
#define FIELD(name, widget, kinds) \
  { #name, G_STRUCT_OFFSET (DiptychAnnotationEditor, name##_label), \
    G_STRUCT_OFFSET (DiptychAnnotationEditor, widget), kinds }
  FIELD (outcome, outcome_drop_down, CASUALTY),
  FIELD (raw, raw_entry, CASUALTY),
  FIELD (value, value_entry, CASUALTY),
  FIELD (low, low_entry, CASUALTY),
  FIELD (high, high_entry, CASUALTY),
  FIELD (qualifier, qualifier_drop_down, CASUALTY),
  FIELD (group, group_drop_down, CASUALTY),
  FIELD (subset_of, subset_of_drop_down, CASUALTY),
  FIELD (source, source_drop_down, CASUALTY),
  FIELD (name, name_entry, SOURCE),
  FIELD (type, type_drop_down, SOURCE),
  FIELD (speaker, speaker_drop_down, CLAIM),
  FIELD (verdict, verdict_drop_down, CLAIM),
  FIELD (note, note_entry, SOURCE | CLAIM | CASUALTY),
#undef FIELD
};

#define MEMBER(self, offset) G_STRUCT_MEMBER (GtkWidget *, (self), (offset))

enum { LINK_SUBSET_OF, LINK_SOURCE, LINK_SPEAKER };

static const char *
kind_title (DiptychAnnotationKind kind)
{
  switch (kind)
    {
    case DIPTYCH_ANNOTATION_SOURCE:   return _("Source");
    case DIPTYCH_ANNOTATION_CLAIM:    return _("Claim");
    case DIPTYCH_ANNOTATION_CASUALTY: return _("Casualty figure");
    default:                          g_return_val_if_reached ("");
    }
}

static char *
count_text (gint64 number)
{
  return number == DIPTYCH_NO_NUMBER ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, number);
}

static gboolean
holds_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
set_entry_text (GtkWidget  *entry,
                const char *text)
{
  /* Where the user is typing, or has typed what was refused, stays. */
  if (holds_focus (entry) || gtk_widget_has_css_class (entry, "error"))
    return;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
}

static void
set_error (GtkWidget  *entry,
           const char *message)
{
  gtk_widget_add_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
}

static void
clear_error (GtkWidget *entry)
{
  if (!gtk_widget_has_css_class (entry, "error"))
    return;
  gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, NULL);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
}

static void
set_selected (GtkWidget *drop_down,
              guint      index)
{
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down)) != index)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), index);
}

/* A choice among the article's marks of @kind, or none. The list is only
 * replaced when it differs: a drop-down whose popover is open keeps it.
 */
static void
update_link (DiptychAnnotationEditor *self,
             guint                    link,
             GtkWidget               *drop_down,
             GtkStringList           *labels,
             DiptychAnnotationKind    kind,
             const char              *current)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  guint n = self->store ? g_list_model_get_n_items (G_LIST_MODEL (self->store)) : 0;
  guint selected = 0;
  gboolean same;

  g_strv_builder_add (builder, _("None"));
  g_ptr_array_add (ids, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) other = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (other == self->annotation || diptych_annotation_get_kind (other) != kind)
        continue;
      if (g_strcmp0 (current, diptych_annotation_get_id (other)) == 0)
        selected = ids->len;
      g_strv_builder_add (builder, kind == DIPTYCH_ANNOTATION_SOURCE && diptych_annotation_get_source (other)->name[0]
                                   ? diptych_annotation_get_source (other)->name
                                   : diptych_annotation_get_exact (other));
      g_ptr_array_add (ids, g_strdup (diptych_annotation_get_id (other)));
    }
  names = g_strv_builder_end (builder);

  same = g_list_model_get_n_items (G_LIST_MODEL (labels)) == g_strv_length (names);
  for (guint i = 0; same && names[i] != NULL; i++)
    same = g_str_equal (gtk_string_list_get_string (labels, i), names[i]);
  if (!same)
    gtk_string_list_splice (labels, 0, g_list_model_get_n_items (G_LIST_MODEL (labels)),
                            (const char * const *)names);
  g_clear_pointer (&self->link_ids[link], g_ptr_array_unref);
  self->link_ids[link] = g_steal_pointer (&ids);
  set_selected (drop_down, selected);
}

static void
update_links (DiptychAnnotationEditor *self)
{
  gboolean was_updating = self->updating;
  DiptychAnnotation *a = self->annotation;

  if (a == NULL)
    return;
  self->updating = TRUE;
  switch (diptych_annotation_get_kind (a))
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      update_link (self, LINK_SUBSET_OF, self->subset_of_drop_down, self->subset_of_drop_down_labels,
                   DIPTYCH_ANNOTATION_CASUALTY, diptych_annotation_get_casualty (a)->subset_of);
      update_link (self, LINK_SOURCE, self->source_drop_down, self->source_drop_down_labels,
                   DIPTYCH_ANNOTATION_SOURCE, diptych_annotation_get_casualty (a)->source);
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      update_link (self, LINK_SPEAKER, self->speaker_drop_down, self->speaker_drop_down_labels,
                   DIPTYCH_ANNOTATION_SOURCE, diptych_annotation_get_claim (a)->speaker);
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
    default:
      break;
    }
  self->updating = was_updating;
}

/* "dozens" gives Low 12 by a convention, not by the words: say so. */
static void
update_low_note (DiptychAnnotationEditor *self)
{
  const DiptychCasualty *c = diptych_annotation_get_casualty (self->annotation);
  const char *word = NULL;
  gint64 conventional = DIPTYCH_NO_NUMBER;

  if (diptych_annotation_get_kind (self->annotation) == DIPTYCH_ANNOTATION_CASUALTY &&
      c->qualifier == DIPTYCH_QUALIFIER_VAGUE && c->raw != NULL)
    word = diptych_casualty_vague_word (c->raw, &conventional);

  if (word != NULL && c->low == conventional)
    {
      g_autofree char *number = count_text (conventional);
      /* Translators: “dozens” counts as at least 12, … */
      g_autofree char *text = g_strdup_printf (_("“%s” counts as at least %s, the conservative convention of conflict-event datasets"),
                                               word, number);

      gtk_label_set_label (self->low_note, text);
      gtk_widget_set_visible (GTK_WIDGET (self->low_note), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->low_note), FALSE);
}

/* Gives every field the mark's value, in place. */
static void
update_fields (DiptychAnnotationEditor *self)
{
  DiptychAnnotation *a = self->annotation;
  gboolean was_updating = self->updating;
  guint kind_mask;

  if (a == NULL)
    return;

  self->updating = TRUE;
  kind_mask = 1u << diptych_annotation_get_kind (a);
  gtk_label_set_label (self->heading, kind_title (diptych_annotation_get_kind (a)));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      gboolean shown = (fields[i].kinds & kind_mask) != 0;

      gtk_widget_set_visible (MEMBER (self, fields[i].label), shown);
      gtk_widget_set_visible (MEMBER (self, fields[i].widget), shown);
    }

  gtk_widget_set_visible (self->changed_box, diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_CHANGED);
  if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_CHANGED)
    {
      const char *previous = diptych_annotation_get_previous_exact (a);

      gtk_label_set_label (self->marked_label, previous ? previous : "");
      gtk_label_set_label (self->now_label, diptych_annotation_get_exact (a));
    }

  switch (diptych_annotation_get_kind (a))
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      {
        const DiptychCasualty *c = diptych_annotation_get_casualty (a);
        g_autofree char *value = count_text (c->value);
        g_autofree char *low = count_text (c->low);
        g_autofree char *high = count_text (c->high);

        set_selected (self->outcome_drop_down, c->outcome);
        set_entry_text (self->raw_entry, c->raw);
        set_entry_text (self->value_entry, value);
        set_entry_text (self->low_entry, low);
        set_entry_text (self->high_entry, high);
        set_selected (self->qualifier_drop_down, c->qualifier);
        set_selected (self->group_drop_down, c->group);
        update_low_note (self);
      }
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      set_entry_text (self->name_entry, diptych_annotation_get_source (a)->name);
      set_selected (self->type_drop_down, diptych_annotation_get_source (a)->type);
      gtk_widget_set_visible (GTK_WIDGET (self->low_note), FALSE);
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      set_selected (self->verdict_drop_down, diptych_annotation_get_claim (a)->verdict);
      gtk_widget_set_visible (GTK_WIDGET (self->low_note), FALSE);
      break;
    default:
      g_assert_not_reached ();
    }
  set_entry_text (self->note_entry, diptych_annotation_get_note (a));
  update_links (self);
  self->updating = was_updating;
}

static void
annotation_changed_cb (DiptychAnnotationEditor *self)
{
  update_fields (self);
}

/* Reads a count field: empty is "not stated". */
static gboolean
read_count (GtkWidget *entry,
            gint64    *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (stripped[0] == '\0')
    {
      *value = DIPTYCH_NO_NUMBER;
      return TRUE;
    }
  return diptych_casualty_parse_count (stripped, value);
}

/* The bounds of a figure hold: low ≤ value ≤ high. */
static const char *
check_bounds (const DiptychCasualty *c)
{
  if (c->low != DIPTYCH_NO_NUMBER && c->high != DIPTYCH_NO_NUMBER && c->low > c->high)
    return _("Low must not be above High");
  if (c->value != DIPTYCH_NO_NUMBER && c->low != DIPTYCH_NO_NUMBER && c->value < c->low)
    return _("The number must not be below Low");
  if (c->value != DIPTYCH_NO_NUMBER && c->high != DIPTYCH_NO_NUMBER && c->value > c->high)
    return _("The number must not be above High");
  return NULL;
}

static void
commit (DiptychAnnotationEditor *self,
        DiptychAnnotation       *edited)
{
  g_autoptr(DiptychAnnotation) keep = g_object_ref (self->annotation);

  /* A no-op edit adds nothing to the history. */
  diptych_mark_controller_edit (self->marks, self->side, keep, edited);
}

static void
commit_count (DiptychAnnotationEditor *self,
              GtkWidget               *entry,
              DiptychAnnotation       *edited)
{
  DiptychCasualty c = *diptych_annotation_get_casualty (edited);
  const DiptychCasualty *before = diptych_annotation_get_casualty (self->annotation);
  g_autofree char *normal = NULL;
  const char *problem;
  gint64 number;

  if (!read_count (entry, &number))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a number: type digits (90) or words (ninety, two dozen)"),
                         gtk_editable_get_text (GTK_EDITABLE (entry)));

      set_error (entry, message);
      return;
    }

  if (entry == self->value_entry)
    {
      /* Bounds that were the number follow it: an exact 90 made 95 stays exact. */
      if (before->low == before->value && before->value != DIPTYCH_NO_NUMBER)
        c.low = number;
      if (before->high == before->value && before->value != DIPTYCH_NO_NUMBER)
        c.high = number;
      c.value = number;
    }
  else if (entry == self->low_entry)
    c.low = number;
  else
    c.high = number;

  if ((problem = check_bounds (&c)) != NULL)
    {
      set_error (entry, problem);
      return;
    }

  clear_error (entry);
  diptych_annotation_set_casualty (edited, &c);
  commit (self, edited);

  /* "ninety" reads back as 90. */
  normal = count_text (number);
  self->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), normal) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), normal);
  self->updating = FALSE;
  update_fields (self);
}

static void
commit_entry (DiptychAnnotationEditor *self,
              GtkWidget               *entry)
{
  g_autoptr(DiptychAnnotation) edited = NULL;
  const char *text;

  if (self->updating || self->annotation == NULL || !gtk_widget_get_visible (entry))
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (entry));
  edited = diptych_annotation_copy (self->annotation);

  if (entry == self->value_entry || entry == self->low_entry || entry == self->high_entry)
    {
      commit_count (self, entry, edited);
      return;
    }

  if (entry == self->note_entry)
    diptych_annotation_set_note (edited, text);
  else if (entry == self->name_entry)
    {
      DiptychSource source = *diptych_annotation_get_source (edited);

      source.name = (char *)text;
      diptych_annotation_set_source (edited, &source);
    }
  else if (entry == self->raw_entry)
    {
      DiptychCasualty c = *diptych_annotation_get_casualty (edited);

      c.raw = (char *)text;
      diptych_annotation_set_casualty (edited, &c);
    }
  else
    g_return_if_reached ();

  clear_error (entry);
  commit (self, edited);
}

static void
entry_activate_cb (DiptychAnnotationEditor *self,
                   GtkEntry                *entry)
{
  commit_entry (self, GTK_WIDGET (entry));
}

static void
entry_leave_cb (DiptychAnnotationEditor *self,
                GtkEventControllerFocus *controller)
{
  commit_entry (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
}

static const char *
link_id (DiptychAnnotationEditor *self,
         guint                    link,
         guint                    index)
{
  GPtrArray *ids = self->link_ids[link];

  return ids != NULL && index < ids->len ? g_ptr_array_index (ids, index) : NULL;
}

static void
drop_down_selected_cb (DiptychAnnotationEditor *self,
                       GParamSpec              *pspec,
                       GtkDropDown             *drop_down)
{
  GtkWidget *widget = GTK_WIDGET (drop_down);
  g_autoptr(DiptychAnnotation) edited = NULL;
  guint index = gtk_drop_down_get_selected (drop_down);

  if (self->updating || self->annotation == NULL || index == GTK_INVALID_LIST_POSITION ||
      !gtk_widget_get_visible (widget))
    return;

  edited = diptych_annotation_copy (self->annotation);
  switch (diptych_annotation_get_kind (edited))
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      {
        DiptychCasualty c = *diptych_annotation_get_casualty (edited);

        if (widget == self->outcome_drop_down)
          c.outcome = index;
        else if (widget == self->qualifier_drop_down)
          c.qualifier = index;
        else if (widget == self->group_drop_down)
          c.group = index;
        else if (widget == self->subset_of_drop_down)
          c.subset_of = (char *)link_id (self, LINK_SUBSET_OF, index);
        else if (widget == self->source_drop_down)
          c.source = (char *)link_id (self, LINK_SOURCE, index);
        else
          return;
        diptych_annotation_set_casualty (edited, &c);
      }
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      {
        DiptychSource s = *diptych_annotation_get_source (edited);

        if (widget != self->type_drop_down)
          return;
        s.type = index;
        diptych_annotation_set_source (edited, &s);
      }
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      {
        DiptychClaim c = *diptych_annotation_get_claim (edited);

        if (widget == self->speaker_drop_down)
          c.speaker = (char *)link_id (self, LINK_SPEAKER, index);
        else if (widget == self->verdict_drop_down)
          c.verdict = index;
        else
          return;
        diptych_annotation_set_claim (edited, &c);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  commit (self, edited);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DiptychAnnotationEditor *self = DIPTYCH_ANNOTATION_EDITOR (widget);

  if (self->annotation != NULL)
    diptych_mark_controller_accept (self->marks, self->side, self->annotation);
}

static void
reattach_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DiptychAnnotationEditor *self = DIPTYCH_ANNOTATION_EDITOR (widget);

  if (self->annotation != NULL)
    diptych_mark_controller_reattach (self->marks, self->side, self->annotation);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DiptychAnnotationEditor *self = DIPTYCH_ANNOTATION_EDITOR (widget);

  if (self->annotation == NULL)
    return;
  diptych_mark_controller_select (self->marks, self->side, self->annotation);
  diptych_mark_controller_delete (self->marks);
}

/* Escape: back to the article, at the mark. */
static void
return_to_article_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DiptychAnnotationEditor *self = DIPTYCH_ANNOTATION_EDITOR (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  /* Leaving commits what was typed. */
  if (focus != NULL && GTK_IS_TEXT (focus))
    {
      GtkWidget *entry = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);

      if (entry != NULL)
        commit_entry (self, entry);
    }
  if (self->pair_view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (diptych_text_pane_get_view (diptych_pair_view_get_pane (self->pair_view, self->side))));
}

static void
disconnect_annotation (DiptychAnnotationEditor *self)
{
  if (self->annotation != NULL)
    g_clear_signal_handler (&self->changed_handler, self->annotation);
  if (self->store != NULL)
    g_clear_signal_handler (&self->store_handler, self->store);
  g_clear_object (&self->annotation);
  g_clear_object (&self->store);
}

static void
diptych_annotation_editor_dispose (GObject *object)
{
  DiptychAnnotationEditor *self = (DiptychAnnotationEditor *)object;

  disconnect_annotation (self);
  for (guint i = 0; i < G_N_ELEMENTS (self->link_ids); i++)
    g_clear_pointer (&self->link_ids[i], g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), DIPTYCH_TYPE_ANNOTATION_EDITOR);
  /* GTK 4.8 leaves the children of the template that have no id. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->marks);
  g_clear_weak_pointer (&self->pair_view);

  G_OBJECT_CLASS (diptych_annotation_editor_parent_class)->dispose (object);
}

static void
diptych_annotation_editor_class_init (DiptychAnnotationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diptych_annotation_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/diptych/Diptych/ui/diptych-annotation-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationeditor");

  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationEditor, changed_box);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationEditor, marked_label);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationEditor, now_label);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationEditor, grid);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationEditor, low_note);
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationEditor, name)
  BIND (outcome_label); BIND (outcome_drop_down);
  BIND (raw_label); BIND (raw_entry);
  BIND (value_label); BIND (value_entry);
  BIND (low_label); BIND (low_entry);
  BIND (high_label); BIND (high_entry);
  BIND (qualifier_label); BIND (qualifier_drop_down);
  BIND (group_label); BIND (group_drop_down);
  BIND (subset_of_label); BIND (subset_of_drop_down); BIND (subset_of_drop_down_labels);
  BIND (source_label); BIND (source_drop_down); BIND (source_drop_down_labels);
  BIND (name_label); BIND (name_entry);
  BIND (type_label); BIND (type_drop_down);
  BIND (speaker_label); BIND (speaker_drop_down); BIND (speaker_drop_down_labels);
  BIND (verdict_label); BIND (verdict_drop_down);
  BIND (note_label); BIND (note_entry);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, drop_down_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "editor.reattach", NULL, reattach_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.return-to-article", NULL, return_to_article_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.return-to-article", NULL);
}

static void
diptych_annotation_editor_init (DiptychAnnotationEditor *self)
{
  /* The template sets the choices; setting them is not an edit. */
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

void
diptych_annotation_editor_setup (DiptychAnnotationEditor *self,
                                 DiptychPairView         *pair_view,
                                 DiptychMarkController   *marks)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_EDITOR (self));
  g_return_if_fail (DIPTYCH_IS_MARK_CONTROLLER (marks));

  g_set_weak_pointer (&self->pair_view, pair_view);
  g_set_object (&self->marks, marks);
}

/**
 * diptych_annotation_editor_set_annotation:
 * @annotation: (nullable): the mark to edit, of the article on @side
 *
 * Shows @annotation's fields. Showing the mark already shown changes
 * nothing: the fields follow the mark's changes by themselves.
 */
void
diptych_annotation_editor_set_annotation (DiptychAnnotationEditor *self,
                                          DiptychSide              side,
                                          DiptychAnnotation       *annotation)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_EDITOR (self));
  g_return_if_fail (!annotation || DIPTYCH_IS_ANNOTATION (annotation));

  if (annotation == self->annotation && side == self->side)
    return;

  disconnect_annotation (self);
  self->side = side;
  gtk_widget_set_visible (GTK_WIDGET (self), annotation != NULL);
  if (annotation == NULL)
    return;

  self->n_builds++;
  self->annotation = g_object_ref (annotation);
  self->changed_handler = g_signal_connect_object (annotation, "changed", G_CALLBACK (annotation_changed_cb),
                                                   self, G_CONNECT_SWAPPED);
  if (self->pair_view != NULL)
    {
      DiptychTextPane *pane = diptych_pair_view_get_pane (self->pair_view, side);
      DiptychAnnotationStore *store = diptych_annotation_layer_get_store (diptych_text_pane_get_layer (pane));

      if (store != NULL)
        {
          self->store = g_object_ref (store);
          self->store_handler = g_signal_connect_object (store, "changed", G_CALLBACK (update_links),
                                                         self, G_CONNECT_SWAPPED);
        }
    }

  /* Another mark: what was refused on the last one is gone. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (GTK_IS_ENTRY (MEMBER (self, fields[i].widget)))
      clear_error (MEMBER (self, fields[i].widget));
  self->updating = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (GTK_IS_ENTRY (MEMBER (self, fields[i].widget)))
      gtk_editable_set_text (GTK_EDITABLE (MEMBER (self, fields[i].widget)), "");
  self->updating = FALSE;
  update_fields (self);
}

/**
 * diptych_annotation_editor_get_annotation:
 *
 * Returns: (transfer none) (nullable): the mark shown
 */
DiptychAnnotation *
diptych_annotation_editor_get_annotation (DiptychAnnotationEditor *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_EDITOR (self), NULL);
  return self->annotation;
}

/**
 * diptych_annotation_editor_focus_first:
 *
 * Puts the focus on the first field of the mark shown.
 *
 * Returns: whether there was one
 */
gboolean
diptych_annotation_editor_focus_first (DiptychAnnotationEditor *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_EDITOR (self), FALSE);

  if (self->annotation == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (gtk_widget_get_visible (MEMBER (self, fields[i].widget)))
      return gtk_widget_grab_focus (MEMBER (self, fields[i].widget));
  return FALSE;
}

/**
 * diptych_annotation_editor_get_field:
 * @name: a field's name as in the sidecar ("name", "value", "note", …)
 *
 * Returns: (transfer none) (nullable): the field's widget
 */
GtkWidget *
diptych_annotation_editor_get_field (DiptychAnnotationEditor *self,
                                     const char              *name)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_EDITOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].name, name))
      return MEMBER (self, fields[i].widget);
  return NULL;
}

/**
 * diptych_annotation_editor_get_n_builds:
 *
 * Returns: how many times the editor was filled for another mark
 */
guint
diptych_annotation_editor_get_n_builds (DiptychAnnotationEditor *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_EDITOR (self), 0);
  return self->n_builds;
}
