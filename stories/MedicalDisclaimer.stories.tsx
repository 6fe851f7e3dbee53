import type { Meta, StoryObj } from '@storybook/react-vite';
import { es, MedicalDisclaimer } from '../src';
import { ketamineArticle as article } from './fixtures/ketamineArticle';

const meta = {
  title: 'Components/MedicalDisclaimer',
  component: MedicalDisclaimer,
  parameters: {
    docs: {
      description: {
        component:
          'A clearly labelled note (role `note`, named by its heading) that the article is information, not medical advice. The `urgent` variant leads with what to do in a crisis and lists helplines, given as data, as tap-to-call links. It prints.',
      },
    },
  },
} satisfies Meta<typeof MedicalDisclaimer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const General: Story = {};

/** The sample article's disclaimer, with US and UK helplines. */
export const Urgent: Story = {
  args: { variant: 'urgent', helplines: article.helplines },
};

/** `country` instead of `helplines`: the urgent variant lists medprose's checked numbers for it. */
export const ByCountry: Story = {
  args: { variant: 'urgent', country: 'AU' },
};

/** Several countries, each line named by its country. */
export const ByCountrySeveral: Story = {
  args: { variant: 'urgent', country: ['US', 'CA'] },
};

/** An unknown code: a development warning, and the emergency advice without numbers. */
export const ByCountryUnknown: Story = {
  args: { variant: 'urgent', country: 'ZZ' },
};

export const ByCountrySpanish: Story = {
  args: { variant: 'urgent', country: 'GB', locale: es },
};

export const UrgentWithoutHelplines: Story = {
  args: { variant: 'urgent' },
};

export const CustomCopy: Story = {
  args: {
    labels: { heading: 'About this information' },
    children: (
      <p>
        Our editorial team writes these articles and clinicians check them. They cannot take the place of advice from someone who knows you
        and your health.
      </p>
    ),
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { variant: 'urgent', helplines: article.helplines },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    variant: 'urgent',
    helplines: [{ label: 'خط المساعدة', tel: '988', region: 'US' }],
    labels: {
      heading: 'تنبيه طبي',
      urgentHeading: 'إذا كنت بحاجة إلى مساعدة الآن',
      urgentText: 'إذا كنت في خطر مباشر، اتصل برقم الطوارئ المحلي أو توجّه إلى أقرب قسم طوارئ الآن.',
      helplinesIntro: 'يمكنك أيضًا التحدث إلى أحد في أي وقت:',
      call: (number: string) => `اتصل بالرقم ${number}`,
      text: (number: string) => `أرسل رسالة إلى ${number}`,
    },
    hiddenPrefix: null,
    children: <p>هذه المقالة للمعلومات العامة فقط، ولا تغني عن استشارة الطبيب.</p>,
  },
};
