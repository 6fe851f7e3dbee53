import type { Meta, StoryObj } from '@storybook/react-vite';
import { CrisisSupport, defineLocale, es } from '../src';

const meta = {
  title: 'Components/CrisisSupport',
  component: CrisisSupport,
  args: { country: 'US' },
  parameters: {
    docs: {
      description: {
        component:
          'A box for a reader who may be in crisis: a heading that names it ("If you need help now"), what to do if a life is in danger, and the numbers for the reader\'s country as tap-to-call and tap-to-text links, emergency first. Numbers come from medprose\'s checked table (`helplinesFor`) or your own `helplines`. A region landmark; a server component; it prints, keeps its meaning in forced colours, and uses logical CSS for right-to-left pages.',
      },
    },
  },
} satisfies Meta<typeof CrisisSupport>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 911, and the 988 Lifeline by call or text. */
export const UnitedStates: Story = {};

/** `country="GB"` (or `"UK"`): 999, Samaritans 116 123, NHS 111. */
export const UnitedKingdom: Story = { args: { country: 'GB' } };

/** Triple Zero and Lifeline 13 11 14. */
export const Australia: Story = { args: { country: 'AU' } };

/** 9-1-1, and 9-8-8 by call or text. */
export const Canada: Story = { args: { country: 'CA' } };

/** An EU member state (here `DE`) gives the European emergency number 112. */
export const EuropeanUnion: Story = { args: { country: 'DE' } };

/** Several countries: each line is named by its country, written by `Intl` in the reader's language. */
export const SeveralCountries: Story = { args: { country: ['US', 'GB', 'AU'] } };

/** Your own lines win over `country` and are shown exactly as given (an empty or unusable list gives way to `country`). */
export const CustomHelplines: Story = {
  args: {
    country: undefined,
    helplines: [
      { label: 'Línea 024', tel: '024', region: 'ES', description: 'Atención a la conducta suicida, gratuita y confidencial.' },
      { label: 'Emergencias', tel: '112', region: 'ES', kind: 'emergency' },
    ],
  },
};

/**
 * The publisher's lines for two countries, for a reader the server places in the UK: the lines are grouped under each
 * country's name, the reader's first, in rows whose "Call" links share one edge when the box is 30rem or wider.
 */
export const ReaderCountryFirst: Story = {
  args: {
    country: 'GB',
    helplines: [
      { label: '988 Suicide & Crisis Lifeline', tel: '988', sms: '988', region: 'US', description: 'Call or text, any time.' },
      { label: 'Emergency services', tel: '911', region: 'US' },
      { label: 'Samaritans', tel: '116 123', region: 'UK', description: 'Free to call, day or night.' },
      { label: 'Emergency services', tel: '999', region: 'UK' },
    ],
  },
};

/** An unknown code: a development warning names the prop; the emergency advice is still shown. */
export const UnknownCountry: Story = { args: { country: 'ZZ' } };

/** With something of your own after the numbers. */
export const WithExtraContent: Story = {
  args: {
    country: 'GB',
    children: (
      <p>
        Worried about someone else? <a href="https://www.samaritans.org/">Samaritans has advice on how to support them</a>.
      </p>
    ),
  },
};

/** Every word from the shipped Spanish locale; country names in Spanish. */
export const Spanish: Story = { args: { country: ['US', 'CA'], locale: es } };

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { country: 'GB' },
};

const arabic = defineLocale({
  code: 'ar',
  messages: {
    CrisisSupport: {
      heading: 'إذا كنت بحاجة إلى مساعدة الآن',
      emergencyAdvice:
        'إذا كنت قد تتصرف بناءً على أفكار لإنهاء حياتك، أو كان أي شخص في خطر مباشر، فاتصل برقم الطوارئ الآن أو توجّه إلى أقرب قسم طوارئ.',
      helplinesIntro: 'إذا كنت تمر بوقت صعب أو تراودك أفكار انتحارية، فلست مضطرًا إلى مواجهة ذلك وحدك. يمكنك التحدث إلى شخص ما الآن:',
      call: (number: string) => `اتصل بالرقم ${number}`,
      text: (number: string) => `أرسل رسالة إلى ${number}`,
      emergencyLine: 'الشرطة والإطفاء والإسعاف، عندما تكون حياة في خطر.',
      crisisLine: 'تحدّث بسرية مع شخص مدرَّب على الإصغاء.',
      adviceLine: 'مساعدة أو استشارة طبية عاجلة في غير حالات الطوارئ.',
      allHours: 'متاح على مدار الساعة، كل يوم.',
    },
  },
});

/** Right to left, from a publisher's own Arabic locale: numbers such as "116 123" stay in order. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { country: ['GB', 'AU'], locale: arabic, lang: 'ar' },
};
